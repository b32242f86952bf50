import type { Category, NotificationItem, ReadState } from './item-schema.ts';
import type { StoredNotification } from './store.ts';

/** Criteria of `InfluentsNotificationFilter` plus site scoping; null or undefined matches all. */
export interface NotificationFilter {
  cloudId?: string | null;
  readState?: ReadState | null;
  category?: Category | null;
  product?: string | null;
}

/**
 * Returns the product of a notification: its `registrationProduct` analytics attribute, lower-cased,
 * or null when it has none.
 */
export function productOf(item: NotificationItem): string | null {
  const attribute = item.analyticsAttributes?.find((entry) => entry.key === 'registrationProduct');
  return attribute?.value?.toLowerCase() ?? null;
}

export function matchesFilter(record: StoredNotification, filter: NotificationFilter): boolean {
  if (filter.cloudId && record.cloudId !== filter.cloudId) {
    return false;
  }
  if (filter.readState && record.item.readState !== filter.readState) {
    return false;
  }
  if (filter.category && record.item.category !== filter.category) {
    return false;
  }
  if (filter.product && productOf(record.item) !== filter.product.toLowerCase()) {
    return false;
  }
  return true;
}
