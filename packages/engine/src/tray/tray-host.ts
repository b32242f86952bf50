import dbus, { type ClientInterface, type MessageBus } from 'dbus-next';

/** The D-Bus name of the tray host that StatusNotifierItem icons register with. */
export const statusNotifierWatcherName = 'org.kde.StatusNotifierWatcher';

/** Whether the desktop can show a tray icon, and why not when it cannot. */
export type TrayHostCheck = { found: true } | { found: false; reason: string };

interface BusDaemonInterface extends ClientInterface {
  NameHasOwner(name: string): Promise<boolean>;
}

/**
 * Looks for a tray host. macOS and Windows always have one. On Linux and the BSDs an icon shows
 * only through a StatusNotifierWatcher on the session bus, such as KDE Plasma's or GNOME's
 * AppIndicator extension, and a display is needed to draw its menu. Without either, the tray
 * program starts, reports no error and shows nothing, so this check comes first.
 * Implementations (KDE Plasma, libayatana-appindicator) use the `org.kde` name that the
 * specification's `org.freedesktop` name replaced.
 * @see https://specifications.freedesktop.org/status-notifier-item/latest/status-notifier-watcher.html
 */
export async function findTrayHost(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  timeoutMs = 2_000,
): Promise<TrayHostCheck> {
  if (platform === 'darwin' || platform === 'win32') {
    return { found: true };
  }
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { found: false, reason: 'no display (DISPLAY and WAYLAND_DISPLAY are not set)' };
  }
  const address = env.DBUS_SESSION_BUS_ADDRESS;
  if (!address) {
    return { found: false, reason: 'no session bus (DBUS_SESSION_BUS_ADDRESS is not set)' };
  }

  let bus: MessageBus;
  try {
    bus = dbus.sessionBus({ busAddress: address });
  } catch (error) {
    return { found: false, reason: `no session bus (${messageOf(error)})` };
  }

  // dbus-next reports connection failures as 'error' events and leaves pending calls unsettled.
  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_, reject) => {
    bus.on('error', reject);
    timer = setTimeout(
      () => reject(new Error(`the session bus did not respond within ${timeoutMs} ms`)),
      timeoutMs,
    );
  });
  try {
    const ask = async () => {
      const proxy = await bus.getProxyObject('org.freedesktop.DBus', '/org/freedesktop/DBus');
      return proxy
        .getInterface<BusDaemonInterface>('org.freedesktop.DBus')
        .NameHasOwner(statusNotifierWatcherName);
    };
    const owned = await Promise.race([ask(), failed]);
    return owned
      ? { found: true }
      : { found: false, reason: `no ${statusNotifierWatcherName} on the session bus` };
  } catch (error) {
    return { found: false, reason: `the session bus failed (${messageOf(error)})` };
  } finally {
    clearTimeout(timer);
    failed.catch(() => {});
    bus.disconnect();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
