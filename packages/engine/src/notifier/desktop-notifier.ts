import dbus, { type MessageBus } from 'dbus-next';

import { escapeMarkup } from './alert-text.ts';
import {
  connectNotifications,
  isMissingServiceError,
  type NotificationsConnection,
  type NotifierUnavailable,
  type NotifierUnavailableReason,
} from './dbus-notifications.ts';
import { createNodeNotifierAlerts, type NodeNotifierModule } from './node-notifier-alerts.ts';
import { alertActions, fitAlertText, type NotifyRequest } from './notify-request.ts';

export interface DesktopNotifierOptions {
  /** A session bus to use; by default the notifier opens one on first use. */
  bus?: MessageBus;
  appName?: string;
  /** How long the server shows each notification; -1 lets the server decide. */
  expireTimeoutMs?: number;
  connectTimeoutMs?: number;
  maxSummaryGraphemes?: number;
  maxBodyGraphemes?: number;
  platform?: NodeJS.Platform;
  /** Called once, the first time alerts turn out to be impossible. */
  onUnavailable?: (problem: NotifierUnavailable) => void;
  /**
   * Called when the user clicks one of our notifications or its Open button (`default`), or its
   * Mark as read button (`mark-read`).
   */
  onAction?: (id: number, action: string) => void;
  /** Loads node-notifier on macOS and Windows; replaced in tests, which run on Linux. */
  loadNodeNotifier?: () => Promise<NodeNotifierModule>;
}

/** `failed` is one rejected Notify call (the caller logs it); later calls still try. */
export type NotifyOutcome =
  | { status: 'shown'; id: number }
  | { status: 'unavailable'; reason: NotifierUnavailableReason }
  | { status: 'failed'; message: string };

export interface DesktopNotifier {
  /** Shows one notification. Never throws: problems come back as the outcome. */
  notify(alert: NotifyRequest): Promise<NotifyOutcome>;
  close(): void;
}

/** Action key and label pairs, sent only when the server supports actions. */
function actionsFor(alert: NotifyRequest): string[] {
  const labels = alert.actionLabels ?? { open: 'Open', markRead: 'Mark as read' };
  const open = [alertActions.open, labels.open];
  return alert.markReadAction ? [...open, alertActions.markRead, labels.markRead] : open;
}

/**
 * Creates the desktop notifier. On Linux it calls org.freedesktop.Notifications.Notify on the
 * session bus, escaping the body when the server reads markup and cutting long text on
 * grapheme boundaries. Without a bus or service it reports once and returns `unavailable`.
 * On macOS and Windows it uses node-notifier, where a click opens the item.
 */
export function createDesktopNotifier(options: DesktopNotifierOptions = {}): DesktopNotifier {
  const platform = options.platform ?? process.platform;
  if (platform === 'darwin' || platform === 'win32') {
    return createNodeNotifierAlerts({
      ...options,
      ...(options.loadNodeNotifier ? { load: options.loadNodeNotifier } : {}),
    });
  }
  return createDbusNotifier(options);
}

function createDbusNotifier(options: DesktopNotifierOptions): DesktopNotifier {
  const appName = options.appName ?? 'Atlassify';
  const expireTimeoutMs = options.expireTimeoutMs ?? 10_000;
  const ownIds = new Set<number>();
  let connection: Promise<NotificationsConnection | NotifierUnavailable> | null = null;
  let unavailable: NotifierUnavailable | null = null;

  function markUnavailable(problem: NotifierUnavailable): NotifyOutcome {
    if (!unavailable) {
      unavailable = problem;
      options.onUnavailable?.(problem);
    }
    return { status: 'unavailable', reason: problem.reason };
  }

  function connectOnce(): Promise<NotificationsConnection | NotifierUnavailable> {
    connection ??= connectNotifications(options.bus, options.connectTimeoutMs ?? 5_000).then(
      (result) => {
        if ('notifications' in result) {
          listenForSignals(result);
        }
        return result;
      },
    );
    return connection;
  }

  function listenForSignals(connected: NotificationsConnection): void {
    // A bus 'error' event without a listener would crash the process. After a lost connection
    // the next notify connects again.
    connected.bus.on('error', () => {
      connection = null;
    });
    connected.notifications.on('ActionInvoked', (id: number, action: string) => {
      if (ownIds.has(id)) {
        options.onAction?.(id, action);
      }
    });
    connected.notifications.on('NotificationClosed', (id: number) => {
      ownIds.delete(id);
    });
  }

  async function notify(alert: NotifyRequest): Promise<NotifyOutcome> {
    const platform = options.platform ?? process.platform;
    if (platform !== 'linux') {
      return markUnavailable({
        reason: 'unsupported-platform',
        message: `Desktop alerts are not supported on ${platform}.`,
        hint: 'The app window and the CLI still show every notification.',
      });
    }
    if (unavailable) {
      return { status: 'unavailable', reason: unavailable.reason };
    }

    const connected = await connectOnce();
    if (!('notifications' in connected)) {
      return markUnavailable(connected);
    }

    const { summary, body: plainBody } = fitAlertText(alert, options);
    const body = connected.capabilities.has('body-markup') ? escapeMarkup(plainBody) : plainBody;
    const offeredActions = connected.capabilities.has('actions') ? actionsFor(alert) : [];
    const hints = { urgency: new dbus.Variant('y', 1) };

    try {
      const id = await connected.notifications.Notify(
        appName,
        0,
        '',
        summary,
        body,
        offeredActions,
        hints,
        expireTimeoutMs,
      );
      ownIds.add(id);
      return { status: 'shown', id };
    } catch (error) {
      if (isMissingServiceError(error)) {
        return markUnavailable({
          reason: 'no-notification-service',
          message: 'The desktop notification service stopped.',
          hint: 'Start a notification daemon and restart Atlassify to get desktop alerts again.',
        });
      }
      const message = error instanceof Error ? error.message : String(error);
      return { status: 'failed', message };
    }
  }

  return {
    notify,
    close() {
      void connection?.then((connected) => {
        if ('notifications' in connected) {
          connected.notifications.removeAllListeners();
          if (connected.ownsBus) {
            connected.bus.disconnect();
          }
        }
      });
      connection = null;
    },
  };
}
