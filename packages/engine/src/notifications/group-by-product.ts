import type { Notification, ProductSlug } from './notification.ts';
import { productDisplayNames } from './product.ts';

export interface ProductGroup {
  product: ProductSlug;
  notifications: Notification[];
}

export interface GroupByProductOptions {
  /** `first-seen` (default) keeps the feed's order; `alphabetical` sorts by display name. */
  order?: 'first-seen' | 'alphabetical';
}

/**
 * Groups notifications by product, keeping each group's items in feed order. With
 * `alphabetical`, `unknown` (shown as "Other") still comes last.
 */
export function groupByProduct(
  notifications: readonly Notification[],
  options: GroupByProductOptions = {},
): ProductGroup[] {
  const groups = new Map<ProductSlug, Notification[]>();
  for (const notification of notifications) {
    const group = groups.get(notification.product);
    if (group) {
      group.push(notification);
    } else {
      groups.set(notification.product, [notification]);
    }
  }

  const result = [...groups].map(([product, members]) => ({ product, notifications: members }));
  if (options.order === 'alphabetical') {
    result.sort(compareProducts);
  }
  return result;
}

function compareProducts(left: ProductGroup, right: ProductGroup): number {
  if (left.product === 'unknown' || right.product === 'unknown') {
    return Number(left.product === 'unknown') - Number(right.product === 'unknown');
  }
  return productDisplayNames[left.product].localeCompare(productDisplayNames[right.product], 'en');
}
