import type { Notification, ProductSlug, ReadState } from '../api/contract.ts';
import { productNames } from './products.ts';

export interface ProductGroup {
  product: ProductSlug;
  name: string;
  notifications: Notification[];
  unreadCount: number;
}

function knownProduct(product: string): ProductSlug {
  return product in productNames ? (product as ProductSlug) : 'unknown';
}

/**
 * Groups a feed by product for display. Groups keep the order in which their product first
 * appears (the feed is newest first, so the group with the newest item leads), and rows keep the
 * feed order inside a group.
 */
export function groupByProduct(notifications: readonly Notification[]): ProductGroup[] {
  const groups = new Map<ProductSlug, ProductGroup>();

  for (const notification of notifications) {
    const product = knownProduct(notification.product);
    let group = groups.get(product);
    if (!group) {
      group = { product, name: productNames[product], notifications: [], unreadCount: 0 };
      groups.set(product, group);
    }
    group.notifications.push(notification);
    if (notification.readState === 'unread') {
      group.unreadCount += 1;
    }
  }

  return [...groups.values()];
}

/** Counts the unread rows of a feed. A server-side group counts once. */
export function countUnread(notifications: readonly Notification[]): number {
  return notifications.filter((notification) => notification.readState === 'unread').length;
}

/**
 * Applies read states the window has set but the engine has not confirmed yet (optimistic
 * updates). Returns the input array unchanged when nothing applies.
 */
export function applyReadStates(
  notifications: Notification[],
  pending: ReadonlyMap<string, ReadState>,
): Notification[] {
  if (pending.size === 0) {
    return notifications;
  }
  return notifications.map((notification) => {
    const readState = pending.get(notification.id);
    return readState === undefined || readState === notification.readState
      ? notification
      : { ...notification, readState };
  });
}
