import dbus, { type ClientInterface, type MessageBus } from 'dbus-next';

/** The freedesktop Notifications service on the session bus. */
export const notificationsService = {
  name: 'org.freedesktop.Notifications',
  path: '/org/freedesktop/Notifications',
  interface: 'org.freedesktop.Notifications',
} as const;

export type NotifierUnavailableReason =
  | 'unsupported-platform'
  | 'no-session-bus'
  | 'no-notification-service'
  | 'platform-notifier-failed';

/** Reason desktop alerts cannot be shown. The engine keeps running without them. */
export interface NotifierUnavailable {
  reason: NotifierUnavailableReason;
  message: string;
  hint: string;
}

/** The client side of org.freedesktop.Notifications, as dbus-next exposes it. */
export interface NotificationsInterface extends ClientInterface {
  GetCapabilities(): Promise<string[]>;
  Notify(
    appName: string,
    replacesId: number,
    appIcon: string,
    summary: string,
    body: string,
    actions: string[],
    hints: Record<string, unknown>,
    expireTimeoutMs: number,
  ): Promise<number>;
}

export interface NotificationsConnection {
  bus: MessageBus;
  notifications: NotificationsInterface;
  /** From GetCapabilities, such as `actions`, `body` and `body-markup`. */
  capabilities: ReadonlySet<string>;
  /** True when Atlassify opened the bus and must close it. */
  ownsBus: boolean;
}

const missingServiceErrors = new Set([
  'org.freedesktop.DBus.Error.ServiceUnknown',
  'org.freedesktop.DBus.Error.NameHasNoOwner',
]);

/**
 * Connects to the Notifications service and reads its capabilities. Returns NotifierUnavailable
 * instead of throwing when there is no session bus or no process owns the service name.
 */
export async function connectNotifications(
  givenBus: MessageBus | undefined,
  timeoutMs: number,
): Promise<NotificationsConnection | NotifierUnavailable> {
  let bus: MessageBus;
  try {
    bus = givenBus ?? dbus.sessionBus();
  } catch (error) {
    return unavailableFrom(error);
  }
  const ownsBus = givenBus === undefined;

  // dbus-next emits connection failures as 'error' events and leaves pending calls unsettled.
  let onBusError: (error: unknown) => void = () => {};
  const busFailed = new Promise<never>((_, reject) => {
    onBusError = reject;
  });
  bus.on('error', onBusError);
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotificationsTimeout(timeoutMs)), timeoutMs);
    timer.unref();
  });

  try {
    const connect = async () => {
      const proxy = await bus.getProxyObject(notificationsService.name, notificationsService.path);
      const notifications = proxy.getInterface<NotificationsInterface>(
        notificationsService.interface,
      );
      const capabilities = await notifications.GetCapabilities();
      return { bus, notifications, capabilities: new Set(capabilities), ownsBus };
    };
    return await Promise.race([connect(), busFailed, timedOut]);
  } catch (error) {
    if (ownsBus) {
      bus.disconnect();
    }
    return unavailableFrom(error);
  } finally {
    clearTimeout(timer);
    bus.removeListener('error', onBusError);
  }
}

/** True for a D-Bus error reporting that no process owns the Notifications name. */
export function isMissingServiceError(error: unknown): boolean {
  return error instanceof dbus.DBusError && missingServiceErrors.has(error.type);
}

function unavailableFrom(error: unknown): NotifierUnavailable {
  if (isMissingServiceError(error)) {
    return {
      reason: 'no-notification-service',
      message: 'No desktop notification service is running on the session bus.',
      hint: 'Start a notification daemon (the desktop environment usually provides one) and restart Atlassify.',
    };
  }
  const detail = error instanceof Error ? `: ${error.message}` : '';
  return {
    reason: 'no-session-bus',
    message: `Could not connect to the D-Bus session bus${detail}.`,
    hint: 'Run Atlassify inside a desktop session, or set DBUS_SESSION_BUS_ADDRESS, to get desktop alerts.',
  };
}

class NotificationsTimeout extends Error {
  constructor(timeoutMs: number) {
    super(`the session bus did not answer within ${timeoutMs} ms`);
    this.name = 'NotificationsTimeout';
  }
}
