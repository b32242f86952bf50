import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  DEMO_ACCOUNT_ID,
  NIMBUS_SITE,
  ORBIT_SITE,
  type RunningSimulator,
  startSimulator,
} from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  type NotificationServer,
  startNotificationServer,
} from '../../test/dbus/notification-server.ts';
import { useSessionBus } from '../../test/dbus/session-bus.ts';
import { ManualTime } from '../../test/poll/manual-time.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import {
  apiTokenCredential,
  type CredentialProvider,
} from '../credentials/atlassian-credential.ts';
import { createLogger } from '../log/logger.ts';
import { fetchNotifications } from '../notifications/fetch-notifications.ts';
import {
  type AlertDispatcher,
  createAlertDispatcher,
  defaultAlertSettings,
} from '../notifier/alert-dispatcher.ts';
import { createAlertStateFile } from '../notifier/alert-state-file.ts';
import { createAlertTracker } from '../notifier/alert-tracker.ts';
import { createDesktopNotifier, type DesktopNotifier } from '../notifier/desktop-notifier.ts';
import { createPollGroup } from './poll-group.ts';
import { createPoller, type Poller } from './poller.ts';
import { type PollEvent, toFeedView } from './poller-state.ts';

useSessionBus();

const intervalMs = 60_000;
const secretMessage = 'Ada Lovelace needs the merger figures';

let simulator: RunningSimulator;
let server: NotificationServer;
let folder: string;
let notifier: DesktopNotifier;

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
  folder = await mkdtemp(join(tmpdir(), 'atlassify-offline-'));
  notifier = createDesktopNotifier();
});

afterEach(async () => {
  notifier.close();
  await rm(folder, { recursive: true, force: true });
});

function addUnreadItem(id: string, message: string): void {
  simulator.control.addNotification(simulator.options.userEmail, {
    headNotification: {
      notificationId: id,
      content: {
        type: 'jira-issue-assigned',
        message,
        url: 'https://nimbus.atlassian.net/browse/NIM-7',
        actor: { displayName: 'Ada Lovelace' },
        entity: {
          title: 'NIM-7 Quarterly figures',
          url: 'https://nimbus.atlassian.net/browse/NIM-7',
        },
      },
      entityModel: { objectId: `obj-${id}`, cloudId: NIMBUS_SITE.cloudId },
      analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
    },
  });
}

/**
 * Rejects requests to `.invalid` hosts the way undici reports a failed name lookup, without a
 * lookup: the system resolver would still send the query to the configured name server.
 */
const resolverFetch: typeof fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input);
  if (url.hostname.endsWith('.invalid')) {
    const cause = Object.assign(new Error(`getaddrinfo ENOTFOUND ${url.hostname}`), {
      code: 'ENOTFOUND',
      hostname: url.hostname,
    });
    return Promise.reject(new TypeError('fetch failed', { cause }));
  }
  return fetch(input, init);
};

interface Run {
  poller: Poller;
  time: ManualTime;
  /** Every finished poll, with the monotonic times it started and ended. */
  polls: Array<{ event: PollEvent; startedAt: number; endedAt: number }>;
  logLines: Array<Record<string, unknown>>;
  /** Points the account at another base URL, such as an unresolvable host. */
  setBaseUrl(url: string): void;
  /** Polls started so far. */
  started(): number;
  /**
   * Moves time forward, letting every poll that falls due finish before going on. A poll for
   * which `hung` returns true is left running, so its timeout can fall due.
   */
  runFor(ms: number, hung?: () => boolean): Promise<void>;
}

function startRun(): Run {
  const time = new ManualTime();
  const logLines: Run['logLines'] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => logLines.push(JSON.parse(line)) },
  });
  let baseUrl = simulator.url;
  const provider: CredentialProvider = {
    getCredential: async () =>
      apiTokenCredential(
        simulator.options.userEmail,
        simulator.options.apiToken,
        endpointsForBaseUrl(baseUrl),
      ),
    refreshAfterUnauthorized: async (_accountId, rejected) => rejected,
  };
  const alerts: AlertDispatcher = createAlertDispatcher({
    tracker: createAlertTracker({ store: createAlertStateFile(join(folder, 'alerts.json')) }),
    notifier,
    settings: () => ({ ...defaultAlertSettings, playSound: false }),
    openUrl: async () => {},
    markRead: async () => {},
    logger,
  });

  const polls: Run['polls'] = [];
  const pendingAlerts: Array<Promise<unknown>> = [];
  let startedAt = 0;
  let started = 0;
  const poller = createPoller({
    accountId: DEMO_ACCOUNT_ID,
    group: createPollGroup({ intervalMs, timers: time, clock: time }),
    fetchFeed: (signal) =>
      fetchNotifications({
        provider,
        accountId: DEMO_ACCOUNT_ID,
        unreadOnly: true,
        groupByTitle: false,
        fetch: resolverFetch,
        signal,
      }),
    random: () => 1,
    logger,
    onUpdate: (state, event) => {
      if (event.type === 'poll-started') {
        startedAt = time.monotonicNow();
        started += 1;
        return;
      }
      if (event.type === 'poll-succeeded' && state.data) {
        pendingAlerts.push(alerts.handlePoll(DEMO_ACCOUNT_ID, state.data.notifications));
      }
      if (event.type === 'poll-succeeded' || event.type === 'poll-failed') {
        polls.push({ event, startedAt, endedAt: time.monotonicNow() });
      }
    },
  });

  async function settle(hung: () => boolean): Promise<void> {
    // A timeout that just fired ends its poll in microtasks; let them run before checking.
    await new Promise((resolve) => setImmediate(resolve));
    await vi.waitFor(
      () => {
        if (poller.getState().polling && !hung()) {
          throw new Error('The poll is still waiting for the simulator.');
        }
      },
      { timeout: 10_000, interval: 2 },
    );
    await Promise.all(pendingAlerts.splice(0));
  }

  return {
    poller,
    time,
    polls,
    logLines,
    setBaseUrl: (url) => {
      baseUrl = url;
    },
    started: () => started,
    async runFor(ms, hung = () => false) {
      const end = time.monotonicNow() + ms;
      await settle(hung);
      for (;;) {
        const delay = time.nextDelay();
        if (delay === undefined || time.monotonicNow() + delay > end) {
          time.advance(end - time.monotonicNow());
          return;
        }
        time.advance(delay);
        await settle(hung);
      }
    },
  };
}

describe('polling through an outage', () => {
  it('recovers after refused, unresolvable and hung requests', async () => {
    addUnreadItem('first', 'Grace Hopper assigned you NIM-7');
    const run = startRun();
    run.poller.start();
    await run.runFor(0);
    expect(run.poller.getState().status).toBe('ok');
    expect(server.calls).toHaveLength(1);
    server.calls.length = 0;

    console.log('phase1');
    // Three intervals of refused connections.
    simulator.control.setFaults({ refuseConnections: { requests: 10_000 } });
    let from = run.polls.length;
    await run.runFor(3 * intervalMs);
    const refused = run.polls.slice(from);

    expect(refused.length).toBeGreaterThanOrEqual(3);
    for (const { event, endedAt } of refused) {
      expect(event).toMatchObject({ type: 'poll-failed', error: { code: 'NETWORK' } });
      const retryAt = event.type === 'poll-failed' ? Date.parse(event.retryAt ?? '') : Number.NaN;
      const failedAt = run.time.now() - (run.time.monotonicNow() - endedAt);
      expect(retryAt - failedAt).toBeLessThanOrEqual(intervalMs);
    }

    console.log('phase2', run.polls.length);
    // One interval in which the host name does not resolve.
    simulator.control.clearFaults();
    run.setBaseUrl('http://atlassian.invalid');
    from = run.polls.length;
    await run.runFor(intervalMs);
    const unresolved = run.polls.slice(from);

    expect(unresolved.length).toBeGreaterThanOrEqual(1);
    for (const { event } of unresolved) {
      expect(event).toMatchObject({
        type: 'poll-failed',
        error: { code: 'NETWORK', details: { networkError: 'ENOTFOUND' } },
      });
    }
    const offline = run.poller.getState();
    expect(offline.status).toBe('error');
    expect(offline.data?.notifications.map((item) => item.id)).toEqual(['first']);
    expect(server.calls).toEqual([]);

    console.log('phase3');
    // The network returns with one new item: it shows within one interval, with one alert.
    run.setBaseUrl(simulator.url);
    addUnreadItem('after-outage', secretMessage);
    const restoredAt = run.time.monotonicNow();
    from = run.polls.length;
    await run.runFor(intervalMs);
    const recovered = run.polls.slice(from).find(({ event }) => event.type === 'poll-succeeded');

    expect(recovered).toBeDefined();
    expect((recovered?.endedAt ?? Number.POSITIVE_INFINITY) - restoredAt).toBeLessThanOrEqual(
      intervalMs,
    );
    expect(run.poller.getState().data?.notifications.map((item) => item.id)).toEqual([
      'after-outage',
      'first',
    ]);
    expect(server.calls.map((call) => call.summary)).toEqual([secretMessage]);

    console.log('phase4');
    // Two intervals of requests that are accepted and never answered.
    simulator.control.setFaults({ hangResponses: { requests: 10_000, maxSeconds: 600 } });
    from = run.polls.length;
    const startedBefore = run.started();
    const heldRequests = () => 10_000 - (simulator.control.faults().hangResponses?.requests ?? 0);
    await run.runFor(2 * intervalMs, () => heldRequests() >= run.started() - startedBefore);
    const hung = run.polls.slice(from);

    expect(hung.length).toBeGreaterThanOrEqual(3);
    for (const { event, startedAt, endedAt } of hung) {
      expect(event).toMatchObject({ type: 'poll-failed', error: { code: 'NETWORK' } });
      expect(endedAt - startedAt).toBeLessThan(30_000);
    }
    simulator.control.clearFaults();
    await run.runFor(intervalMs);
    expect(run.poller.getState().status).toBe('ok');

    // One offline warning for the whole outage, and no notification text in the log.
    const warnings = run.logLines.filter((line) => line.level === 40);
    expect(warnings.map((line) => line.msg)).toEqual(['poll failed', 'poll failed']);
    expect(JSON.stringify(run.logLines)).not.toContain(secretMessage);
    run.poller.stop();
  });
});

describe('rate limits from the simulator', () => {
  const cases = [
    { name: 'Retry-After seconds', status: 429, header: '30', waitMs: 30_000 },
    { name: 'a negative Retry-After', status: 429, header: '-5', waitMs: 5_000 },
    { name: 'a huge Retry-After', status: 429, header: '99999999999999', waitMs: 900_000 },
    { name: 'a garbage Retry-After', status: 429, header: 'soon', waitMs: 5_000 },
    { name: '503 without Retry-After', status: 503, header: undefined, waitMs: 5_000 },
    { name: '503 with Retry-After', status: 503, header: '45', waitMs: 45_000 },
  ];

  for (const { name, status, header, waitMs } of cases) {
    it(`waits for ${name}`, async () => {
      addUnreadItem('limited', 'Grace Hopper assigned you NIM-7');
      simulator.control.setFaults({
        httpError: { status, ...(header === undefined ? {} : { retryAfter: header }) },
      });
      const run = startRun();

      run.poller.start();
      await run.runFor(0);
      const failed = run.poller.getState();
      const view = toFeedView(failed);

      expect(view.connection).toBe(status === 429 ? 'rate-limited' : 'unavailable');
      expect(Date.parse(view.retryAt ?? '') - run.time.now()).toBe(waitMs);
      await run.runFor(waitMs - 1);
      expect(run.polls).toHaveLength(1);
      await run.runFor(1);
      expect(run.poller.getState().status).toBe('ok');
      run.poller.stop();
    });
  }

  it('waits until a Retry-After date', async () => {
    addUnreadItem('limited', 'Grace Hopper assigned you NIM-7');
    // The client reads an HTTP date against the system clock, which the test cannot move, so
    // the expected wait lies between the values for the system times before and after the poll.
    const retryAtMs = Math.floor(Date.now() / 1000) * 1000 + 120_000;
    simulator.control.setFaults({
      httpError: { status: 429, retryAfter: new Date(retryAtMs).toUTCString() },
    });
    const run = startRun();

    const before = Date.now();
    run.poller.start();
    await run.runFor(0);
    const after = Date.now();
    const view = toFeedView(run.poller.getState());
    const waitMs = Date.parse(view.retryAt ?? '') - run.time.now();

    expect(view.connection).toBe('rate-limited');
    expect(waitMs).toBeGreaterThanOrEqual(Math.ceil((retryAtMs - after) / 1000) * 1000);
    expect(waitMs).toBeLessThanOrEqual(Math.ceil((retryAtMs - before) / 1000) * 1000);
    run.poller.stop();
  });
});

describe('broken feed answers', () => {
  it('keeps the list on errors without data', async () => {
    addUnreadItem('kept', 'Grace Hopper assigned you NIM-7');
    const run = startRun();
    run.poller.start();
    await run.runFor(0);

    simulator.control.setFaults({ errorsWithoutData: { statusCode: 503 } });
    await run.runFor(intervalMs);
    const view = toFeedView(run.poller.getState());

    expect(view.status).toBe('error');
    expect(view.connection).toBe('unavailable');
    expect(view.notifications.map((item) => item.id)).toEqual(['kept']);
    run.poller.stop();
  });

  it('skips malformed items', async () => {
    addUnreadItem('good', 'Grace Hopper assigned you NIM-7');
    simulator.control.setFaults({ malformedItems: { count: 3 } });
    const run = startRun();

    run.poller.start();
    await run.runFor(0);
    const state = run.poller.getState();

    expect(state.status).toBe('ok');
    expect(state.data?.notifications.map((item) => item.id)).toEqual(['good']);
    expect(run.logLines.find((line) => line.msg === 'skipped malformed feed items')).toMatchObject({
      skippedCount: 3,
    });
    run.poller.stop();
  });

  it('warns about a missing site', async () => {
    addUnreadItem('nimbus', 'Grace Hopper assigned you NIM-7');
    simulator.control.setFaults({ partialErrors: { cloudId: ORBIT_SITE.cloudId } });
    const run = startRun();

    run.poller.start();
    await run.runFor(0);
    const data = run.poller.getState().data;

    expect(data?.notifications.map((item) => item.id)).toEqual(['nimbus']);
    expect(data?.warnings.map((warning) => warning.cloudId)).toEqual([ORBIT_SITE.cloudId]);
    run.poller.stop();
  });
});
