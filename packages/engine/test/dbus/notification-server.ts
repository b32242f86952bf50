import dbus, { type MessageBus, type Variant } from 'dbus-next';

/** One `Notify` call the fake server received, with hint variants unwrapped. */
export interface NotifyCall {
  /** The id the server returned. */
  id: number;
  appName: string;
  replacesId: number;
  appIcon: string;
  summary: string;
  body: string;
  actions: string[];
  hints: Record<string, unknown>;
  expireTimeout: number;
}

const serviceName = 'org.freedesktop.Notifications';
const objectPath = '/org/freedesktop/Notifications';

/**
 * A stand-in for a desktop's notification daemon that records every `Notify` call. dbus-next
 * finds the handlers on the prototype, so they must be class methods: assigning them to the
 * instance fails when a call arrives.
 */
class FakeNotifications extends dbus.interface.Interface {
  readonly calls: NotifyCall[] = [];
  private readonly capabilities: string[];
  private nextId = 1;

  constructor(capabilities: string[]) {
    super(serviceName);
    this.capabilities = capabilities;
  }

  Notify(
    appName: string,
    replacesId: number,
    appIcon: string,
    summary: string,
    body: string,
    actions: string[],
    hints: Record<string, Variant>,
    expireTimeout: number,
  ): number {
    const id = replacesId > 0 ? replacesId : this.nextId++;
    const plainHints = Object.fromEntries(
      Object.entries(hints).map(([key, variant]) => [key, variant.value]),
    );
    this.calls.push({
      id,
      appName,
      replacesId,
      appIcon,
      summary,
      body,
      actions,
      hints: plainHints,
      expireTimeout,
    });
    return id;
  }

  GetCapabilities(): string[] {
    return this.capabilities;
  }

  GetServerInformation(): string[] {
    return ['atlassify-fake-notifications', 'Atlassify tests', '1.0', '1.2'];
  }

  CloseNotification(id: number): void {
    this.NotificationClosed(id, 3);
  }

  ActionInvoked(id: number, actionKey: string): [number, string] {
    return [id, actionKey];
  }

  NotificationClosed(id: number, reason: number): [number, number] {
    return [id, reason];
  }
}

FakeNotifications.configureMembers({
  methods: {
    Notify: { inSignature: 'susssasa{sv}i', outSignature: 'u' },
    GetCapabilities: { outSignature: 'as' },
    GetServerInformation: { outSignature: 'ssss' },
    CloseNotification: { inSignature: 'u' },
  },
  signals: {
    ActionInvoked: { signature: 'us' },
    NotificationClosed: { signature: 'uu' },
  },
});

export interface NotificationServer {
  calls: NotifyCall[];
  /** Emits `ActionInvoked`, as a daemon does when the user clicks the notification or a button. */
  invokeAction(id: number, actionKey: string): void;
  close(): Promise<void>;
}

export interface NotificationServerOptions {
  /** Defaults to `actions`, `body` and `body-markup`. */
  capabilities?: string[];
  /** Defaults to DBUS_SESSION_BUS_ADDRESS. */
  busAddress?: string;
}

/** Owns `org.freedesktop.Notifications` on the session bus until `close()`. */
export async function startNotificationServer(
  options: NotificationServerOptions = {},
): Promise<NotificationServer> {
  const bus: MessageBus = dbus.sessionBus(
    options.busAddress ? { busAddress: options.busAddress } : {},
  );
  const service = new FakeNotifications(options.capabilities ?? ['actions', 'body', 'body-markup']);

  const reply = await bus.requestName(serviceName, dbus.NameFlag.DO_NOT_QUEUE);
  if (reply !== dbus.RequestNameReply.PRIMARY_OWNER) {
    bus.disconnect();
    throw new Error(`Could not own ${serviceName} on the session bus (reply ${reply}).`);
  }
  bus.export(objectPath, service);

  return {
    calls: service.calls,
    invokeAction: (id, actionKey) => service.ActionInvoked(id, actionKey),
    close: async () => {
      await bus.releaseName(serviceName);
      bus.disconnect();
    },
  };
}
