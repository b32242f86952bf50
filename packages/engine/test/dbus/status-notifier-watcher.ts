import dbus, { type MessageBus } from 'dbus-next';

const watcherName = 'org.kde.StatusNotifierWatcher';
const watcherPath = '/StatusNotifierWatcher';

/**
 * A stand-in tray host: it owns org.kde.StatusNotifierWatcher and records every item that
 * registers, as a desktop's tray does. dbus-next finds handlers and properties on the prototype,
 * so they are class members.
 * @see https://specifications.freedesktop.org/status-notifier-item/latest/status-notifier-watcher.html
 */
class FakeWatcher extends dbus.interface.Interface {
  readonly registrations: string[] = [];

  constructor() {
    super(watcherName);
  }

  RegisterStatusNotifierItem(service: string): void {
    this.registrations.push(service);
    this.StatusNotifierItemRegistered(service);
  }

  RegisterStatusNotifierHost(_service: string): void {}

  get RegisteredStatusNotifierItems(): string[] {
    return [...this.registrations];
  }

  get IsStatusNotifierHostRegistered(): boolean {
    return true;
  }

  get ProtocolVersion(): number {
    return 0;
  }

  StatusNotifierItemRegistered(service: string): string {
    return service;
  }

  StatusNotifierItemUnregistered(service: string): string {
    return service;
  }

  StatusNotifierHostRegistered(): void {}
}

FakeWatcher.configureMembers({
  methods: {
    RegisterStatusNotifierItem: { inSignature: 's', outSignature: '' },
    RegisterStatusNotifierHost: { inSignature: 's', outSignature: '' },
  },
  properties: {
    RegisteredStatusNotifierItems: { signature: 'as', access: 'read' },
    IsStatusNotifierHostRegistered: { signature: 'b', access: 'read' },
    ProtocolVersion: { signature: 'i', access: 'read' },
  },
  signals: {
    StatusNotifierItemRegistered: { signature: 's' },
    StatusNotifierItemUnregistered: { signature: 's' },
    StatusNotifierHostRegistered: { signature: '' },
  },
});

export interface StatusNotifierWatcher {
  /** The object paths or bus names items registered with, in order. */
  registrations: string[];
  close(): Promise<void>;
}

/** Owns org.kde.StatusNotifierWatcher on the bus at `busAddress` until `close()`. */
export async function startStatusNotifierWatcher(
  busAddress: string,
): Promise<StatusNotifierWatcher> {
  const bus: MessageBus = dbus.sessionBus({ busAddress });
  const watcher = new FakeWatcher();
  bus.export(watcherPath, watcher);
  const reply = await bus.requestName(watcherName, dbus.NameFlag.DO_NOT_QUEUE);
  if (reply !== dbus.RequestNameReply.PRIMARY_OWNER) {
    bus.disconnect();
    throw new Error(`Could not own ${watcherName} on the test bus (reply ${reply}).`);
  }

  return {
    registrations: watcher.registrations,
    close: async () => {
      await bus.releaseName(watcherName);
      bus.disconnect();
    },
  };
}
