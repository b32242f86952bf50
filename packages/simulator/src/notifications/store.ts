import { ConflictError } from '../errors.ts';
import type { NotificationItem } from './item-schema.ts';

/** A notification as the simulator keeps it: the GraphQL item plus the state around it. */
export interface StoredNotification {
  item: NotificationItem;
  /** Server-side group; items with the same id collapse into one feed node when `flat: false`. */
  groupId: string;
  /** Site the notification belongs to, used by `collabContextRoutingAri` scoping. */
  cloudId: string;
  /** False until `clearUnseenCount` runs; `unseenNotificationCount` counts unseen unread items. */
  seen: boolean;
}

/** Sort key of an item: newest first, ties broken by notification id. */
export interface FeedPosition {
  timeMs: number;
  notificationId: string;
}

export function positionOf(item: NotificationItem): FeedPosition {
  return { timeMs: Date.parse(item.timestamp), notificationId: item.notificationId };
}

/** Returns a negative number when `a` comes before `b` in the feed (newer first). */
export function compareFeedPositions(a: FeedPosition, b: FeedPosition): number {
  if (a.timeMs !== b.timeMs) {
    return b.timeMs - a.timeMs;
  }
  if (a.notificationId === b.notificationId) {
    return 0;
  }
  return a.notificationId < b.notificationId ? 1 : -1;
}

/** In-memory notifications of every account, keyed by account id and then notification id. */
export class NotificationStore {
  private readonly byAccount = new Map<string, Map<string, StoredNotification>>();

  add(accountId: string, record: StoredNotification): void {
    const records = this.recordsOf(accountId);
    const id = record.item.notificationId;
    if (records.has(id)) {
      throw new ConflictError(`Notification "${id}" already exists for this account.`);
    }
    records.set(id, record);
  }

  /** Lists an account's notifications in feed order (newest first). */
  list(accountId: string): StoredNotification[] {
    const records = [...this.recordsOf(accountId).values()];
    return records.sort((a, b) => compareFeedPositions(positionOf(a.item), positionOf(b.item)));
  }

  find(accountId: string, notificationId: string): StoredNotification | undefined {
    return this.byAccount.get(accountId)?.get(notificationId);
  }

  remove(accountId: string, notificationId: string): boolean {
    return this.byAccount.get(accountId)?.delete(notificationId) ?? false;
  }

  clear(): void {
    this.byAccount.clear();
  }

  private recordsOf(accountId: string): Map<string, StoredNotification> {
    let records = this.byAccount.get(accountId);
    if (!records) {
      records = new Map();
      this.byAccount.set(accountId, records);
    }
    return records;
  }
}
