import type { Notification } from '../notifications/notification.ts';
import { type DesktopAlert, formatAlerts } from './alert-text.ts';
import type { AlertTracker } from './alert-tracker.ts';
import type { DesktopNotifier, NotifyOutcome } from './desktop-notifier.ts';

export interface RaiseAlertsInput {
  tracker: AlertTracker;
  notifier: DesktopNotifier;
  accountId: string;
  /** The feed of a successful poll. */
  notifications: readonly Notification[];
  /** False records the items as seen without showing anything, so turning alerts back on raises no backlog. */
  enabled?: boolean;
}

export interface RaisedAlert {
  alert: DesktopAlert;
  outcome: NotifyOutcome;
}

/** Decides what a poll's feed should alert and shows it, one notification at a time. */
export async function raiseAlerts(input: RaiseAlertsInput): Promise<RaisedAlert[]> {
  const plan = await input.tracker.decide(input.accountId, input.notifications);
  if (input.enabled === false) {
    return [];
  }

  const raised: RaisedAlert[] = [];
  for (const alert of formatAlerts(plan)) {
    raised.push({ alert, outcome: await input.notifier.notify(alert) });
  }
  return raised;
}
