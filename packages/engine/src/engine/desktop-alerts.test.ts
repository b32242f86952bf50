import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { NIMBUS_SITE, type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  type NotificationServer,
  startNotificationServer,
} from '../../test/dbus/notification-server.ts';
import { useSessionBus } from '../../test/dbus/session-bus.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { FileSecretStore } from '../credentials/index.ts';
import { createLogger } from '../log/logger.ts';
import { createEngine } from './create-engine.ts';
import type { Engine } from './engine.ts';

useSessionBus();

let simulator: RunningSimulator;
let server: NotificationServer;
let home: string;
const engines: Engine[] = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, seed: false });
  server = await startNotificationServer();
});

afterAll(async () => {
  await server.close();
  await simulator.close();
});

beforeEach(async () => {
  simulator.control.reset();
  server.calls.length = 0;
  home = await mkdtemp(join(tmpdir(), 'atlassify-engine-alerts-'));
});

afterEach(async () => {
  for (const engine of engines.splice(0)) {
    await engine.stop();
  }
  await rm(home, { recursive: true, force: true });
});

/** Starts an engine on the test's state home, as `atlassify start` does after a restart. */
async function startEngine(): Promise<Engine> {
  const engine = await createEngine({
    home,
    endpoints: endpointsForBaseUrl(simulator.url),
    secrets: new FileSecretStore(join(home, 'credentials.json')),
    logger: createLogger({ level: 'silent' }),
    env: {},
    openUrl: async () => {},
    desktopAlerts: true,
  });
  engines.push(engine);
  await engine.updateSettings({ playSound: false });
  await engine.start();
  return engine;
}

async function stopEngine(engine: Engine): Promise<void> {
  engines.splice(engines.indexOf(engine), 1);
  await engine.stop();
}

function addUnreadItem(id: string, message: string): void {
  simulator.control.addNotification(simulator.options.userEmail, {
    headNotification: {
      notificationId: id,
      timestamp: new Date(Date.UTC(2026, 2, 2, 10, Number(id.slice(1)))).toISOString(),
      content: {
        type: 'jira-issue-assigned',
        message,
        url: 'https://nimbus.atlassian.net/browse/NIM-9',
        actor: { displayName: 'Ada Lovelace' },
        entity: { title: 'NIM-9 Release notes', url: 'https://nimbus.atlassian.net/browse/NIM-9' },
      },
      entityModel: { objectId: `obj-${id}`, cloudId: NIMBUS_SITE.cloudId },
      analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
    },
  });
}

/** Polls every account, waits for the alerts, and returns the summaries of the new ones. */
async function poll(engine: Engine): Promise<string[]> {
  const before = server.calls.length;
  await engine.refresh();
  return server.calls.slice(before).map((call) => call.summary);
}

describe('engine desktop alerts', () => {
  it('alerts each item once', async () => {
    addUnreadItem('n1', 'Ada Lovelace assigned you NIM-9');
    const engine = await startEngine();
    await engine.signInWithApiToken({
      email: simulator.options.userEmail,
      token: simulator.options.apiToken,
    });

    const first = await poll(engine);
    const second = await poll(engine);
    const third = await poll(engine);
    expect([...first, ...second, ...third]).toEqual(['Ada Lovelace assigned you NIM-9']);

    addUnreadItem('n2', 'Grace Hopper mentioned you');
    expect(await poll(engine)).toEqual(['Grace Hopper mentioned you']);

    await engine.updateSettings({ desktopAlerts: false });
    addUnreadItem('n3', 'Alan Turing commented');
    expect(await poll(engine)).toEqual([]);

    await engine.updateSettings({ desktopAlerts: true });
    await stopEngine(engine);
    const restarted = await startEngine();
    expect(await poll(restarted)).toEqual([]);
    expect(restarted.snapshot().feeds[0]?.notifications.map((item) => item.id)).toEqual([
      'n3',
      'n2',
      'n1',
    ]);
    addUnreadItem('n5', 'Barbara Liskov replied');
    expect(await poll(restarted)).toEqual(['Barbara Liskov replied']);
  });

  it('marks an item read from its alert', async () => {
    const engine = await startEngine();
    await engine.signInWithApiToken({
      email: simulator.options.userEmail,
      token: simulator.options.apiToken,
    });
    await poll(engine);

    addUnreadItem('n4', 'Ada Lovelace assigned you NIM-9');
    expect(await poll(engine)).toEqual(['Ada Lovelace assigned you NIM-9']);
    const alert = server.calls.at(-1);
    server.invokeAction(alert?.id ?? -1, 'mark-read');

    await vi.waitFor(() => {
      const stored = simulator.control.notifications(simulator.options.userEmail);
      expect(stored.find((item) => item.notificationId === 'n4')?.readState).toBe('read');
    });
    expect(alert?.actions).toEqual(['default', 'Open', 'mark-read', 'Mark as read']);
  });

  it('alerts in the chosen language', async () => {
    const engine = await startEngine();
    await engine.signInWithApiToken({
      email: simulator.options.userEmail,
      token: simulator.options.apiToken,
    });
    await poll(engine);
    await engine.updateSettings({ language: 'es' });

    addUnreadItem('n6', 'Ada Lovelace assigned you NIM-9');
    await poll(engine);

    expect(server.calls.at(-1)?.actions).toEqual([
      'default',
      'Abrir',
      'mark-read',
      'Marcar como leída',
    ]);
  });
});
