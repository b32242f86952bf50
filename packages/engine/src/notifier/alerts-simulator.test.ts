import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  DEMO_ACCOUNT_ID,
  NIMBUS_SITE,
  type RunningSimulator,
  startSimulator,
} from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

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
import { createPoller, type Poller } from '../poller/poller.ts';
import { createAlertStateFile } from './alert-state-file.ts';
import { createAlertTracker } from './alert-tracker.ts';
import { createDesktopNotifier, type DesktopNotifier } from './desktop-notifier.ts';
import { type RaisedAlert, raiseAlerts } from './raise-alerts.ts';

useSessionBus();

let simulator: RunningSimulator;
let server: NotificationServer;
let folder: string;
let notifier: DesktopNotifier;
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
  notifier = createDesktopNotifier();
});

afterEach(async () => {
  notifier.close();
  await rm(folder, { recursive: true, force: true });
});

/** Wires a poller to the alert tracker and notifier the way the engine does, for one run. */
function startRun(): Poller {
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

  return createPoller({
    accountId: DEMO_ACCOUNT_ID,
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
        pending.push(
          raiseAlerts({
            tracker,
            notifier,
            accountId: DEMO_ACCOUNT_ID,
            notifications: state.data.notifications,
          }),
        );
      }
    },
  });
}

async function poll(poller: Poller): Promise<RaisedAlert[]> {
  await poller.pollNow();
  const results = await Promise.all(pending.splice(0));
  return results.flat();
}

function addUnreadItem(id: string, message: string): void {
  simulator.control.addNotification(simulator.options.userEmail, {
    headNotification: {
      notificationId: id,
      content: {
        type: 'jira-issue-assigned',
        message,
        url: 'https://nimbus.atlassian.net/browse/NIM-42',
        actor: { displayName: 'Ada Lovelace' },
        entity: {
          title: 'NIM-42 Fix <login> & logout',
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
    expect(afterNew[0]?.actions).toEqual(['default', 'Open']);
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
});
