import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type PrivateBus, startPrivateBus } from '../../test/dbus/private-bus.ts';
import { startStatusNotifierWatcher } from '../../test/dbus/status-notifier-watcher.ts';
import { findTrayHost } from './tray-host.ts';

let bus: PrivateBus;

beforeAll(async () => {
  bus = await startPrivateBus();
});

afterAll(async () => {
  await bus.stop();
});

describe('findTrayHost', () => {
  it('finds a StatusNotifierWatcher', async () => {
    const watcher = await startStatusNotifierWatcher(bus.address);
    try {
      const check = await findTrayHost(
        { DISPLAY: ':99', DBUS_SESSION_BUS_ADDRESS: bus.address },
        'linux',
      );

      expect(check).toEqual({ found: true });
    } finally {
      await watcher.close();
    }
  });

  it('reports a bus without a watcher', async () => {
    const check = await findTrayHost(
      { WAYLAND_DISPLAY: 'wayland-0', DBUS_SESSION_BUS_ADDRESS: bus.address },
      'linux',
    );

    expect(check).toEqual({
      found: false,
      reason: 'no org.kde.StatusNotifierWatcher on the session bus',
    });
  });

  it('reports a missing display', async () => {
    const check = await findTrayHost({ DBUS_SESSION_BUS_ADDRESS: bus.address }, 'linux');

    expect(check).toMatchObject({ found: false, reason: expect.stringContaining('no display') });
  });

  it('reports a missing bus', async () => {
    expect(await findTrayHost({ DISPLAY: ':99' }, 'linux')).toMatchObject({
      found: false,
      reason: expect.stringContaining('DBUS_SESSION_BUS_ADDRESS is not set'),
    });
    expect(
      await findTrayHost(
        { DISPLAY: ':99', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/atlassify-bus' },
        'linux',
      ),
    ).toMatchObject({ found: false, reason: expect.stringContaining('the session bus failed') });
  });

  it('trusts macOS and Windows', async () => {
    expect(await findTrayHost({}, 'darwin')).toEqual({ found: true });
    expect(await findTrayHost({}, 'win32')).toEqual({ found: true });
  });
});
