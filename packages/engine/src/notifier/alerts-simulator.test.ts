import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  DEMO_ACCOUNT_ID,
  NIMBUS_SITE,
  type RunningSimulator,
  startSimulator,
} from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  type NotificationServer,
  startNotificationServer,
} from '../../test/dbus/notification-server.ts';
import { useSessionBus } from '../../test/dbus/session-bus.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import {
  apiTokenCredential,
  type CredentialProvider,
} from '../credentials/atlassian-credential.ts';
import { createLogger } from '../log/logger.ts';
import { fetchNotifications } from '../notifications/fetch-notifications.ts';
import { createPollGroup } from '../poller/poll-group.ts';
import { createPoller, type Poller } from '../poller/poller.ts';
import {
  type AlertDispatcher,
  type AlertSettings,
  createAlertDispatcher,
  defaultAlertSettings,
  type RaisedAlert,
} from './alert-dispatcher.ts';
import { createSoundPlayer, type SoundPlayer } from './alert-sound.ts';
import { createAlertStateFile } from './alert-state-file.ts';
import { createAlertTracker } from './alert-tracker.ts';
import { createDesktopNotifier, type DesktopNotifier } from './desktop-notifier.ts';

useSessionBus();

let simulator: RunningSimulator;
let server: NotificationServer;
let folder: string;
let notifier: DesktopNotifier;
let dispatcher: AlertDispatcher | undefined;
let settings: AlertSettings;
let markedRead: string[][];
const pending: Array<Promise<RaisedAlert[]>> = [];

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  server = await startNotificationServer();
});

afterAll(async () => {
  await server.close();
  await simulator.close();
});

beforeEach(async () => {
  simulator.control.reset();
  server.calls.length = 0;
  folder = await mkdtemp(join(tmpdir(), 'atlassify-alerts-'));
  settings = { ...defaultAlertSettings, playSound: false };
  markedRead = [];
  notifier = createDesktopNotifier({
    onAction: (id, action) => void dispatcher?.handleAction(id, action),
  });
});

afterEach(async () => {
  notifier.close();
  await rm(folder, { recursive: true, force: true });
});

/** Wires a poller to the alert tracker and notifier the way the engine does, for one run. */
function startRun(sound?: SoundPlayer): Poller {
  const endpoints = endpointsForBaseUrl(simulator.url);
  const credential = apiTokenCredential(
    simulator.options.userEmail,
    simulator.options.apiToken,
    endpoints,
  );
  const provider: CredentialProvider = {
    getCredential: async () => credential,
    refreshAfterUnauthorized: async () => credential,
  };
  const tracker = createAlertTracker({ store: createAlertStateFile(join(folder, 'alerts.json')) });
  const alerts = createAlertDispatcher({
    tracker,
    notifier,
    ...(sound ? { sound } : {}),
    settings: () => settings,
    openUrl: async () => {},
    markRead: async (ids) => {
      markedRead.push(ids);
    },
    logger: createLogger({ level: 'silent' }),
  });
  dispatcher = alerts;

  return createPoller({
    accountId: DEMO_ACCOUNT_ID,
    group: createPollGroup(),
    fetchFeed: (signal) =>
      fetchNotifications({
        provider,
        accountId: DEMO_ACCOUNT_ID,
        unreadOnly: true,
        groupByTitle: false,
        signal,
      }),
    logger: createLogger({ level: 'silent' }),
    onUpdate: (state, event) => {
      if (event.type === 'poll-succeeded' && state.data) {
        pending.push(alerts.handlePoll(DEMO_ACCOUNT_ID, state.data.notifications));
      }
    },
  });
}

async function poll(poller: Poller): Promise<RaisedAlert[]> {
  await poller.pollNow();
  const results = await Promise.all(pending.splice(0));
  return results.flat();
}

function addUnreadItem(id: string, message: string, title = 'NIM-42 Fix <login> & logout'): void {
  simulator.control.addNotification(simulator.options.userEmail, {
    headNotification: {
      notificationId: id,
      content: {
        type: 'jira-issue-assigned',
        message,
        url: 'https://nimbus.atlassian.net/browse/NIM-42',
        actor: { displayName: 'Ada Lovelace' },
        entity: {
          title,
          url: 'https://nimbus.atlassian.net/browse/NIM-42',
        },
      },
      entityModel: { objectId: `obj-${id}`, cloudId: NIMBUS_SITE.cloudId },
      analyticsAttributes: [
        { key: 'registrationProduct', value: 'jira' },
        { key: 'subProduct', value: 'software' },
      ],
    },
  });
}

describe('desktop alerts from polls', () => {
  it('summarises the first poll', async () => {
    const unread = simulator.control
      .notifications(simulator.options.userEmail)
      .filter((item) => item.readState === 'unread').length;

    const raised = await poll(startRun());

    expect(unread).toBeGreaterThan(1);
    expect(raised.map((entry) => entry.outcome.status)).toEqual(['shown']);
    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]?.summary).toBe(`${unread} unread notifications`);
    expect(server.calls[0]?.appName).toBe('Atlassify');
  });

  it('alerts a new item once', async () => {
    const poller = startRun();
    await poll(poller);
    server.calls.length = 0;

    addUnreadItem('new-1', 'Ada Lovelace assigned you NIM-42');
    await poll(poller);
    const afterNew = [...server.calls];
    await poll(poller);

    expect(afterNew).toHaveLength(1);
    expect(afterNew[0]?.summary).toBe('Ada Lovelace assigned you NIM-42');
    expect(afterNew[0]?.body).toBe('Jira: NIM-42 Fix &lt;login&gt; &amp; logout');
    expect(afterNew[0]?.actions).toEqual(['default', 'Open', 'mark-read', 'Mark as read']);
    expect(server.calls).toHaveLength(1);
  });

  it('does not re-alert after restart', async () => {
    await poll(startRun());
    server.calls.length = 0;

    await poll(startRun());
    addUnreadItem('new-2', 'Grace Hopper mentioned you');
    const restarted = startRun();
    await poll(restarted);

    expect(server.calls.map((call) => call.summary)).toEqual(['Grace Hopper mentioned you']);
  });

  it('sends markup-like text literally', async () => {
    const poller = startRun();
    await poll(poller);
    server.calls.length = 0;

    addUnreadItem(
      'markup-1',
      'R&D review <b>needed</b> for A<B & C>D',
      '<img src=x onerror=alert(1)> Q&A',
    );
    await poll(poller);

    expect(server.calls).toHaveLength(1);
    expect(server.calls[0]?.summary).toBe('R&D review <b>needed</b> for A<B & C>D');
    expect(server.calls[0]?.body).toBe('Jira: &lt;img src=x onerror=alert(1)&gt; Q&amp;A');
  });

  it('sends plain text without body-markup', async () => {
    await server.close();
    server = await startNotificationServer({ capabilities: ['body'] });
    notifier.close();
    notifier = createDesktopNotifier();
    try {
      const poller = startRun();
      await poll(poller);
      server.calls.length = 0;

      addUnreadItem('plain-1', 'R&D review <b>needed</b>', '<img src=x onerror=alert(1)> Q&A');
      await poll(poller);

      expect(server.calls).toHaveLength(1);
      expect(server.calls[0]?.body).toBe('Jira: <img src=x onerror=alert(1)> Q&A');
      expect(server.calls[0]?.actions).toEqual([]);
    } finally {
      await server.close();
      server = await startNotificationServer();
    }
  });

  it('never sends an empty body', async () => {
    const poller = startRun();
    await poll(poller);
    server.calls.length = 0;

    addUnreadItem('blank-1', '   ', '   ');
    await poll(poller);

    expect(server.calls[0]?.summary).toBe('New Jira notification');
    expect(server.calls[0]?.body).toBe('Jira');
  });

  it('marks read from the button', async () => {
    const poller = startRun();
    await poll(poller);
    server.calls.length = 0;
    addUnreadItem('button-1', 'Grace Hopper mentioned you');
    await poll(poller);

    const shown = server.calls[0];
    server.invokeAction(shown?.id ?? -1, 'mark-read');

    await vi.waitFor(() => expect(markedRead).toEqual([['button-1']]));
  });

  it('records items while alerts are off', async () => {
    const poller = startRun();
    await poll(poller);
    server.calls.length = 0;

    settings = { ...settings, desktopAlerts: false };
    addUnreadItem('quiet-1', 'Grace Hopper mentioned you');
    const whileOff = await poll(poller);
    settings = { ...settings, desktopAlerts: true };
    const afterOn = await poll(poller);

    expect(whileOff).toEqual([]);
    expect(afterOn).toEqual([]);
    expect(server.calls).toEqual([]);
  });

  it('chimes once per poll with new items', async () => {
    const log = join(folder, 'played.log');
    await writeFile(join(folder, 'paplay'), `#!/bin/sh\necho "$1" >> "${log}"\n`);
    await chmod(join(folder, 'paplay'), 0o755);
    const sound = createSoundPlayer({
      logger: createLogger({ level: 'silent' }),
      platform: 'linux',
      env: { PATH: folder },
    });
    settings = { ...settings, playSound: true, volume: 35 };
    const poller = startRun(sound);

    await poll(poller);
    await poll(poller);
    addUnreadItem('chime-1', 'Grace Hopper mentioned you');
    addUnreadItem('chime-2', 'Alan Turing mentioned you');
    await poll(poller);
    settings = { ...settings, playSound: false };
    addUnreadItem('chime-3', 'Ada Lovelace mentioned you');
    await poll(poller);
    await sound.close();

    const played = (await readFile(log, 'utf8')).trim().split('\n');
    expect(played).toHaveLength(2);
    expect(played[0]).toMatch(/chime-35\.wav$/);
  });
});
