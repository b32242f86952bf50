import {
  DEMO_ACCOUNT_ID,
  NIMBUS_SITE,
  type RunningSimulator,
  startSimulator,
} from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import { ManualTime } from '../../test/poll/manual-time.ts';
import type { AccountRecord } from '../accounts/account.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import {
  apiTokenCredential,
  type CredentialProvider,
} from '../credentials/atlassian-credential.ts';
import { createLogger } from '../log/logger.ts';
import { AccountFeeds } from './account-feeds.ts';
import { EngineState } from './engine-state.ts';

const intervalMs = 60_000;

let simulator: RunningSimulator;
let feeds: AccountFeeds | undefined;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0, seed: false });
});

afterAll(async () => {
  await simulator.close();
});

beforeEach(() => {
  simulator.control.reset();
});

afterEach(() => {
  feeds?.stop();
  feeds = undefined;
});

const record: AccountRecord = {
  id: DEMO_ACCOUNT_ID,
  email: 'demo@atlassify.test',
  name: 'Demo',
  avatarUrl: null,
  authMethod: 'api-token',
  scopes: [],
  sites: [],
  status: 'ok',
  credentialStore: 'file',
  atlassianBaseUrl: null,
  createdAt: '2026-03-02T09:00:00.000Z',
  updatedAt: '2026-03-02T09:00:00.000Z',
};

function addUnreadItems(count: number, firstMinute: number): void {
  for (let index = 0; index < count; index += 1) {
    const minute = firstMinute + index;
    simulator.control.addNotification(simulator.options.userEmail, {
      headNotification: {
        notificationId: `item-${minute}`,
        timestamp: new Date(Date.UTC(2026, 2, 1, 0, minute)).toISOString(),
        content: {
          type: 'jira-issue-assigned',
          message: `Item ${minute}`,
          url: 'https://nimbus.atlassian.net/browse/NIM-1',
          actor: { displayName: 'Ada Lovelace' },
        },
        entityModel: { objectId: `obj-${minute}`, cloudId: NIMBUS_SITE.cloudId },
        analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
      },
    });
  }
}

function startFeeds(time: ManualTime, state: EngineState): AccountFeeds {
  const credential = apiTokenCredential(
    simulator.options.userEmail,
    simulator.options.apiToken,
    endpointsForBaseUrl(simulator.url),
  );
  const provider: CredentialProvider = {
    getCredential: async () => credential,
    refreshAfterUnauthorized: async () => credential,
  };
  state.setAccounts([record]);
  const started = new AccountFeeds(
    provider,
    state,
    { unreadOnly: true, groupByTitle: false, polling: { timers: time, clock: time } },
    createLogger({ level: 'silent' }),
  );
  started.sync([record]);
  started.start(null);
  return started;
}

/** Moves time one interval on and returns the feed requests of the poll that fell due. */
async function nextPoll(time: ManualTime, state: EngineState): Promise<number> {
  simulator.control.clearRequests();
  time.advance(intervalMs);
  const due = new Date(time.now()).toISOString();
  await vi.waitFor(() => expect(state.feed(DEMO_ACCOUNT_ID)?.fetchedAt).toBe(due));
  return simulator.control.requests().length;
}

describe('steady-state polling', () => {
  it('fetches one page while nothing changes', async () => {
    addUnreadItems(150, 0);
    const time = new ManualTime();
    const state = new EngineState({ demo: true, version: 'test' });
    feeds = startFeeds(time, state);
    await vi.waitFor(() => expect(state.feed(DEMO_ACCOUNT_ID)?.status).toBe('ok'));
    const firstRequests = simulator.control.requests().length;

    const unchanged = await nextPoll(time, state);
    const view = state.feed(DEMO_ACCOUNT_ID);

    expect(firstRequests).toBe(2);
    expect(unchanged).toBe(1);
    expect(view?.notifications).toHaveLength(150);

    addUnreadItems(1, 500);
    const changed = await nextPoll(time, state);
    expect(changed).toBe(3);
    expect(state.feed(DEMO_ACCOUNT_ID)?.notifications[0]?.id).toBe('item-500');
    expect(state.feed(DEMO_ACCOUNT_ID)?.notifications).toHaveLength(151);
  });

  it('fetches everything after a change in the app', async () => {
    addUnreadItems(150, 0);
    const time = new ManualTime();
    const state = new EngineState({ demo: true, version: 'test' });
    feeds = startFeeds(time, state);
    await vi.waitFor(() => expect(state.feed(DEMO_ACCOUNT_ID)?.status).toBe('ok'));

    state.updateNotifications(DEMO_ACCOUNT_ID, (item) =>
      item.id === 'item-3' ? { ...item, readState: 'read' } : item,
    );

    expect(await nextPoll(time, state)).toBe(2);
    expect(await nextPoll(time, state)).toBe(1);
  });

  it('fetches everything every five minutes', async () => {
    addUnreadItems(150, 0);
    const time = new ManualTime();
    const state = new EngineState({ demo: true, version: 'test' });
    feeds = startFeeds(time, state);
    await vi.waitFor(() => expect(state.feed(DEMO_ACCOUNT_ID)?.status).toBe('ok'));

    const requests: number[] = [];
    for (let poll = 0; poll < 5; poll += 1) {
      requests.push(await nextPoll(time, state));
    }

    expect(requests).toEqual([1, 1, 1, 1, 2]);
  });
});
