import type { Notification } from '../notifications/notification.ts';
import { createTaskQueue } from '../store/task-queue.ts';
import type { AccountAlertState, AlertState, AlertStateStore } from './alert-state-file.ts';

/** Alerts to raise for one poll. */
export type AlertPlan =
  | { kind: 'none' }
  /** One desktop notification per item. */
  | { kind: 'each'; notifications: Notification[] }
  /** One desktop notification that counts the items. */
  | { kind: 'summary'; notifications: Notification[] };

export interface AlertTrackerOptions {
  store: AlertStateStore;
  /** More new items than this in one poll raise a summary instead. */
  maxSeparateAlerts?: number;
  /** Alerted ids kept per account; older ones are behind the watermark anyway. */
  maxRememberedIds?: number;
}

export interface AlertTracker {
  /**
   * Decides what to raise for a fresh feed and records it, so the same items never alert
   * again, in this run or after a restart. The first call per account in this process raises
   * at most one summary.
   */
  decide(accountId: string, notifications: readonly Notification[]): Promise<AlertPlan>;
  /** Drops an account's state, on sign-out. */
  forget(accountId: string): Promise<void>;
}

/**
 * Creates the tracker that picks which items to alert: unread, never alerted before, and not
 * older than the account's watermark (the newest timestamp of any earlier poll). Calls run one
 * at a time, so two polls cannot both alert the same item.
 */
export function createAlertTracker(options: AlertTrackerOptions): AlertTracker {
  const maxSeparateAlerts = options.maxSeparateAlerts ?? 3;
  const maxRememberedIds = options.maxRememberedIds ?? 1_000;
  const accountsSeenThisRun = new Set<string>();
  let state: AlertState | null = null;
  const queue = createTaskQueue();

  async function loadState(): Promise<AlertState> {
    state ??= await options.store.load();
    return state;
  }

  async function decide(
    accountId: string,
    notifications: readonly Notification[],
  ): Promise<AlertPlan> {
    const current = await loadState();
    const previous = current.accounts[accountId] ?? { watermark: null, alertedIds: [] };
    const fresh = newItems(previous, notifications);
    const firstPollThisRun = !accountsSeenThisRun.has(accountId);
    accountsSeenThisRun.add(accountId);

    const next = nextAccountState(previous, notifications, fresh, maxRememberedIds);
    if (next.watermark !== previous.watermark || fresh.length > 0) {
      // Kept in memory only once saved, so a failed write alerts these items on the next poll.
      const updated = { ...current, accounts: { ...current.accounts, [accountId]: next } };
      await options.store.save(updated);
      state = updated;
    }

    if (fresh.length === 0) {
      return { kind: 'none' };
    }
    const summarise = (firstPollThisRun && fresh.length > 1) || fresh.length > maxSeparateAlerts;
    return { kind: summarise ? 'summary' : 'each', notifications: fresh };
  }

  return {
    decide: (accountId, notifications) => queue.run(() => decide(accountId, notifications)),
    forget: (accountId) =>
      queue.run(async () => {
        const current = await loadState();
        accountsSeenThisRun.delete(accountId);
        if (accountId in current.accounts) {
          const { [accountId]: _removed, ...accounts } = current.accounts;
          const updated = { ...current, accounts };
          await options.store.save(updated);
          state = updated;
        }
      }),
  };
}

function newItems(
  previous: AccountAlertState,
  notifications: readonly Notification[],
): Notification[] {
  const watermarkMs = previous.watermark
    ? Date.parse(previous.watermark)
    : Number.NEGATIVE_INFINITY;
  const alerted = new Set(previous.alertedIds);
  return notifications.filter(
    (item) =>
      item.readState === 'unread' &&
      !alerted.has(item.id) &&
      Date.parse(item.timestamp) >= watermarkMs,
  );
}

function nextAccountState(
  previous: AccountAlertState,
  notifications: readonly Notification[],
  fresh: readonly Notification[],
  maxRememberedIds: number,
): AccountAlertState {
  let watermark = previous.watermark;
  for (const item of notifications) {
    if (watermark === null || Date.parse(item.timestamp) > Date.parse(watermark)) {
      watermark = item.timestamp;
    }
  }
  const alertedIds = [...fresh.map((item) => item.id), ...previous.alertedIds].slice(
    0,
    maxRememberedIds,
  );
  return { watermark, alertedIds };
}
