export {
  type AlertDispatcher,
  type AlertDispatcherOptions,
  type AlertSettings,
  createAlertDispatcher,
  defaultAlertSettings,
  type RaisedAlert,
} from './alert-dispatcher.ts';
export { createSoundPlayer, type SoundPlayer, type SoundPlayerOptions } from './alert-sound.ts';
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
export { createChimeWav } from './chime-wav.ts';
export type { NotifierUnavailable, NotifierUnavailableReason } from './dbus-notifications.ts';
export {
  createDesktopNotifier,
  type DesktopNotifier,
  type DesktopNotifierOptions,
  type NotifyOutcome,
} from './desktop-notifier.ts';
export type { NodeNotifierModule } from './node-notifier-alerts.ts';
export { alertActions, type NotifyRequest } from './notify-request.ts';
