import { z } from 'zod';

import {
  type ActorKind,
  actorKinds,
  type Category,
  categories,
  type Engagement,
  engagements,
  type Notification,
  type ProductSlug,
  productSlugs,
  type ReadState,
  readStates,
} from './notification.ts';

/**
 * The list filters. Each dimension contains the values to show; an empty dimension shows
 * everything. Values are ORed within a dimension and dimensions are ANDed.
 */
export interface FilterState {
  engagements: Engagement[];
  categories: Category[];
  actorKinds: ActorKind[];
  readStates: ReadState[];
  products: ProductSlug[];
}

export type FilterDimension = keyof FilterState;

/** Every value each dimension accepts, in display order. */
export const filterValues = {
  engagements,
  categories,
  actorKinds,
  readStates,
  products: productSlugs,
} as const satisfies { [D in FilterDimension]: readonly FilterState[D][number][] };

export const filterDimensions = Object.keys(filterValues) as FilterDimension[];

export const emptyFilters: FilterState = {
  engagements: [],
  categories: [],
  actorKinds: [],
  readStates: [],
  products: [],
};

const dimensionSchemas = {
  engagements: z.array(z.enum(engagements)),
  categories: z.array(z.enum(categories)),
  actorKinds: z.array(z.enum(actorKinds)),
  readStates: z.array(z.enum(readStates)),
  products: z.array(z.enum(productSlugs)),
};

/** Validates a stored filter state; missing dimensions are empty. */
export const filterStateSchema = z.object({
  engagements: dimensionSchemas.engagements.default([]),
  categories: dimensionSchemas.categories.default([]),
  actorKinds: dimensionSchemas.actorKinds.default([]),
  readStates: dimensionSchemas.readStates.default([]),
  products: dimensionSchemas.products.default([]),
});

/** Validates a change: any subset of the dimensions, each replaced whole; no unknown dimension. */
export const filterPatchSchema = z.strictObject(dimensionSchemas).partial();

/** Applies a change to a filter state; dimensions the change leaves out keep their values. */
export function mergeFilters(current: FilterState, change: Partial<FilterState>): FilterState {
  const next = { ...current };
  for (const dimension of filterDimensions) {
    const values = change[dimension];
    if (values !== undefined) {
      Object.assign(next, { [dimension]: [...new Set(values)] });
    }
  }
  return next;
}

/** Per dimension, the number of list rows that each value would show. */
export type FilterCounts = { [D in FilterDimension]: Record<FilterState[D][number], number> };

/** Returns a notification's value in one dimension, or null when it has none (no engagement). */
function valueIn(notification: Notification, dimension: FilterDimension): string | null {
  switch (dimension) {
    case 'engagements':
      return notification.engagement ?? null;
    case 'categories':
      return notification.category;
    case 'actorKinds':
      return notification.actorKind ?? 'user';
    case 'readStates':
      return notification.readState;
    case 'products':
      return notification.product;
  }
}

function matches(
  notification: Notification,
  filters: FilterState,
  skipped: FilterDimension | null,
): boolean {
  return filterDimensions.every((dimension) => {
    const wanted: readonly string[] = filters[dimension];
    if (dimension === skipped || wanted.length === 0) {
      return true;
    }
    const value = valueIn(notification, dimension);
    return value !== null && wanted.includes(value);
  });
}

/** Returns the notifications that pass every dimension, in their original order. Pure. */
export function applyFilters(
  notifications: readonly Notification[],
  filters: FilterState,
): Notification[] {
  return notifications.filter((notification) => matches(notification, filters, null));
}

/**
 * Counts, for every value of every dimension, the rows that would show if that value were
 * chosen: rows that pass the other dimensions' filters and have the value. So a dimension's own
 * choices never shrink its counts, while choices in other dimensions do. Pure.
 */
export function countFilterValues(
  notifications: readonly Notification[],
  filters: FilterState,
): FilterCounts {
  const counts = {} as Record<FilterDimension, Record<string, number>>;
  for (const dimension of filterDimensions) {
    const perValue: Record<string, number> = {};
    for (const value of filterValues[dimension]) {
      perValue[value] = 0;
    }
    for (const notification of notifications) {
      const value = valueIn(notification, dimension);
      if (value !== null && value in perValue && matches(notification, filters, dimension)) {
        perValue[value] = (perValue[value] ?? 0) + 1;
      }
    }
    counts[dimension] = perValue;
  }
  return counts as FilterCounts;
}

/** True when any dimension narrows the list. */
export function hasActiveFilters(filters: FilterState): boolean {
  return filterDimensions.some((dimension) => filters[dimension].length > 0);
}
