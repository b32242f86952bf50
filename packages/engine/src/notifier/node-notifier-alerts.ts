import type { NotifierUnavailable } from './dbus-notifications.ts';
import type { DesktopNotifier, DesktopNotifierOptions, NotifyOutcome } from './desktop-notifier.ts';
import { alertActions, fitAlertText } from './notify-request.ts';

/** The part of node-notifier's default export that Atlassify calls. */
export interface NodeNotifierModule {
  notify(
    notification: Record<string, unknown>,
    callback: (error: Error | null, response: string) => void,
  ): unknown;
}

export interface NodeNotifierAlertsOptions extends DesktopNotifierOptions {
  load?: () => Promise<NodeNotifierModule>;
}

async function loadNodeNotifier(): Promise<NodeNotifierModule> {
  const loaded = await import('node-notifier');
  return loaded.default as unknown as NodeNotifierModule;
}

/**
 * Creates the notifier for macOS (Notification Center through terminal-notifier) and Windows
 * (toasts through SnoreToast), both shipped inside node-notifier. The text is plain: neither
 * reads markup. A click on a notification reports the `default` action, which opens the item.
 * Neither offers a Mark as read button through node-notifier.
 *
 * NOTE: the tests run on Linux and check only the calls into node-notifier, with a stand-in
 * module. The macOS and Windows programs that node-notifier runs are untested here.
 */
export function createNodeNotifierAlerts(options: NodeNotifierAlertsOptions): DesktopNotifier {
  const load = options.load ?? loadNodeNotifier;
  const appName = options.appName ?? 'Atlassify';
  let module: Promise<NodeNotifierModule> | null = null;
  let unavailable: NotifierUnavailable | null = null;
  let nextId = 1;
  let closed = false;

  function markUnavailable(message: string): NotifyOutcome {
    if (!unavailable) {
      unavailable = {
        reason: 'platform-notifier-failed',
        message,
        hint: 'Allow notifications for Atlassify (or the terminal that runs it) in the system settings.',
      };
      options.onUnavailable?.(unavailable);
    }
    return { status: 'unavailable', reason: unavailable.reason };
  }

  return {
    async notify(alert) {
      if (unavailable) {
        return { status: 'unavailable', reason: unavailable.reason };
      }
      let notifier: NodeNotifierModule;
      try {
        module ??= load();
        notifier = await module;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return markUnavailable(`node-notifier could not be loaded: ${detail}`);
      }

      const id = nextId++;
      const { summary, body } = fitAlertText(alert, options);
      // The callback runs when the notification is clicked, dismissed or times out.
      notifier.notify(
        { title: summary, message: body, appName, wait: true, sound: false },
        (error, response) => {
          if (closed) {
            return;
          }
          if (error) {
            markUnavailable(`The system notifier failed: ${error.message}`);
            return;
          }
          if (response === 'activate') {
            options.onAction?.(id, alertActions.open);
          }
        },
      );
      return { status: 'shown', id };
    },
    close() {
      closed = true;
    },
  };
}
