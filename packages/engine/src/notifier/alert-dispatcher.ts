import { type DesktopLanguage, desktopLanguageFor } from '../locale/desktop-language.ts';
import type { Logger } from '../log/logger.ts';
import type { Notification } from '../notifications/notification.ts';
import type { Settings } from '../settings/settings.ts';
import type { SoundPlayer } from './alert-sound.ts';
import { type DesktopAlert, formatAlerts } from './alert-text.ts';
import type { AlertPlan, AlertTracker } from './alert-tracker.ts';
import type { DesktopNotifier, NotifyOutcome } from './desktop-notifier.ts';
import { alertActions } from './notify-request.ts';

/** The user's alert settings, read at every poll, so a change applies to the next poll. */
export interface AlertSettings {
  desktopAlerts: boolean;
  playSound: boolean;
  /** Chime volume from 0 (silent) to 100. */
  volume: number;
  /** The language of the alerts; `system` follows the locale variables. */
  language?: Settings['language'];
}

export const defaultAlertSettings: AlertSettings = {
  desktopAlerts: true,
  playSound: true,
  volume: 20,
};

export interface AlertDispatcherOptions {
  tracker: AlertTracker;
  notifier: DesktopNotifier;
  /** Absent: no chime. */
  sound?: SoundPlayer;
  settings: () => AlertSettings;
  /** Opens a URL in the browser, for a click or the Open button. */
  openUrl: (url: string) => Promise<void>;
  /** Marks notifications read on Atlassian, for the Mark as read button. */
  markRead: (ids: string[]) => Promise<unknown>;
  logger: Logger;
}

export interface RaisedAlert {
  alert: DesktopAlert;
  outcome: NotifyOutcome;
}

export interface AlertDispatcher {
  /**
   * Alerts the new items of a successful poll: desktop notifications when `desktopAlerts` is on
   * and one chime when `playSound` is on. With both off the items are still recorded as seen, so
   * turning alerts on later raises no backlog. Never throws; problems are logged.
   */
  handlePoll(accountId: string, notifications: readonly Notification[]): Promise<RaisedAlert[]>;
  /** Runs the action the user chose on one of our desktop notifications. */
  handleAction(desktopId: number, action: string): Promise<void>;
  /** Drops an account's alert state, on sign-out. */
  forget(accountId: string): Promise<void>;
  close(): Promise<void>;
}

/** Shown notifications whose actions still work; older ones are forgotten. */
const maxTrackedNotifications = 200;

/**
 * Creates the dispatcher that turns poll results into desktop notifications and the chime, and
 * the user's clicks on those notifications into opening or marking the items. It logs counts
 * and ids, never notification text.
 */
export function createAlertDispatcher(options: AlertDispatcherOptions): AlertDispatcher {
  const logger = options.logger;
  const shown = new Map<number, DesktopAlert>();

  function remember(desktopId: number, alert: DesktopAlert): void {
    shown.set(desktopId, alert);
    if (shown.size > maxTrackedNotifications) {
      const oldest = shown.keys().next().value;
      if (oldest !== undefined) {
        shown.delete(oldest);
      }
    }
  }

  async function show(
    accountId: string,
    plan: AlertPlan,
    language: DesktopLanguage,
  ): Promise<RaisedAlert[]> {
    const raised: RaisedAlert[] = [];
    for (const alert of formatAlerts(plan, language)) {
      const outcome = await options.notifier.notify(alert);
      raised.push({ alert, outcome });
      if (outcome.status === 'shown') {
        remember(outcome.id, alert);
      } else if (outcome.status === 'failed') {
        logger.warn({ accountId, reason: outcome.message }, 'desktop notification failed');
      }
    }
    return raised;
  }

  return {
    async handlePoll(accountId, notifications) {
      try {
        const settings = options.settings();
        const plan = await options.tracker.decide(accountId, notifications);
        if (plan.kind === 'none') {
          return [];
        }
        const language = desktopLanguageFor(settings.language ?? 'system');
        const raised = settings.desktopAlerts ? await show(accountId, plan, language) : [];
        logger.debug(
          { accountId, newCount: plan.notifications.length, shownCount: raised.length },
          'alerted new items',
        );
        if (settings.playSound) {
          await options.sound?.play(settings.volume);
        }
        return raised;
      } catch (error) {
        logger.error({ accountId, err: error }, 'desktop alerts failed');
        return [];
      }
    },

    async handleAction(desktopId, action) {
      const alert = shown.get(desktopId);
      if (!alert) {
        return;
      }
      try {
        if (action === alertActions.markRead) {
          await options.markRead(alert.notificationIds);
          logger.info({ count: alert.notificationIds.length }, 'marked read from an alert');
        } else if (action === alertActions.open) {
          await options.openUrl(alert.openUrl);
        }
      } catch (error) {
        logger.warn({ err: error, action, ids: alert.notificationIds }, 'alert action failed');
      }
    },

    forget: (accountId) => options.tracker.forget(accountId),

    async close() {
      options.notifier.close();
      await options.sound?.close();
    },
  };
}
