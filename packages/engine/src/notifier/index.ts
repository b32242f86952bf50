export {
  type AccountAlertState,
  type AlertState,
  type AlertStateStore,
  createAlertStateFile,
  emptyAlertState,
} from './alert-state-file.ts';
export { type DesktopAlert, escapeMarkup, formatAlerts, truncateGraphemes } from './alert-text.ts';
export {
  type AlertPlan,
  type AlertTracker,
  type AlertTrackerOptions,
  createAlertTracker,
} from './alert-tracker.ts';
export type { NotifierUnavailable, NotifierUnavailableReason } from './dbus-notifications.ts';
export {
  createDesktopNotifier,
  type DesktopNotifier,
  type DesktopNotifierOptions,
  type NotifyOutcome,
} from './desktop-notifier.ts';
export { type RaiseAlertsInput, type RaisedAlert, raiseAlerts } from './raise-alerts.ts';
