import { spawnAndWaitForLine } from '../../../../test/e2e/harness/processes.ts';
import { type PrivateBus, startPrivateBus } from '../../../engine/test/dbus/private-bus.ts';
import {
  type StatusNotifierWatcher,
  startStatusNotifierWatcher,
} from '../../../engine/test/dbus/status-notifier-watcher.ts';
import type { Teardown } from './setup.ts';

/** A headless desktop: an X display, a session bus and, when asked, a tray host. */
export interface Desktop {
  /** DISPLAY and DBUS_SESSION_BUS_ADDRESS for a child, with GTK's accessibility bridge off. */
  env: NodeJS.ProcessEnv;
  bus: PrivateBus;
  /** The stand-in tray host, when the desktop has one. */
  watcher: StatusNotifierWatcher | null;
}

/**
 * Starts Xvfb on a free display (`-displayfd` prints the number it picked), a private session bus
 * that activates nothing and, with `trayHost`, a StatusNotifierWatcher on it. Everything stops
 * when the test finishes, the watcher first.
 */
export async function useDesktop(
  teardown: Teardown,
  options: { trayHost: boolean },
): Promise<Desktop> {
  const display = await spawnAndWaitForLine(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '640x480x24', '-nolisten', 'tcp'],
    { pattern: /^\d+$/ },
  );
  teardown(() => display.stop());
  const bus = await startPrivateBus();
  teardown(() => bus.stop());
  const watcher = options.trayHost ? await startStatusNotifierWatcher(bus.address) : null;
  if (watcher) {
    teardown(() => watcher.close());
  }

  return {
    env: {
      DISPLAY: `:${display.match[0]}`,
      DBUS_SESSION_BUS_ADDRESS: bus.address,
      // GTK would otherwise look for the accessibility bus, which this bus never starts.
      NO_AT_BRIDGE: '1',
    },
    bus,
    watcher,
  };
}
