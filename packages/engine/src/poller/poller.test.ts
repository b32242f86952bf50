import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import { createLogger } from '../log/logger.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { Notification } from '../notifications/notification.ts';
import { createPollGroup } from './poll-group.ts';
import { createPoller, type PollerOptions, type PollTrigger } from './poller.ts';
import type { PollEvent, PollerState } from './poller-state.ts';
import { toFeedView } from './poller-state.ts';

const secretMessage = 'Ada assigned you the secret merger plan';

function notification(id: string): Notification {
  return {
    id,
    accountId: 'acc-1',
    groupId: `g-${id}`,
    groupSize: 1,
    additionalActors: [],
    timestamp: '2026-03-02T10:00:00.000Z',
    readState: 'unread',
    category: 'direct',
    product: 'jira',
    type: 'jira-issue-assigned',
    message: secretMessage,
    actor: { displayName: 'Ada', avatarUrl: null },
    entity: { title: 'Secret title', url: null, iconUrl: null },
    path: null,
    url: null,
    cloudId: null,
    openUrl: 'https://home.atlassian.com/notifications',
  };
}

function feed(ids: string[], extra: Partial<FeedResult> = {}): FeedResult {
  return {
    notifications: ids.map(notification),
    unseenCount: ids.length,
    hasMore: false,
    warnings: [],
    skipped: [],
    ...extra,
  };
}

interface Harness {
  updates: Array<{ state: PollerState; event: PollEvent }>;
  logLines: Array<Record<string, unknown>>;
  fetchFeed: ReturnType<typeof vi.fn<FetchFeed>>;
  options: PollerOptions;
}

type FetchFeed = (signal: AbortSignal, trigger: PollTrigger) => Promise<FeedResult>;

const networkError = () => new RemoteError(ErrorCode.network, 'Could not reach 127.0.0.1:1.');

function harness(overrides: Partial<PollerOptions> = {}): Harness {
  const updates: Harness['updates'] = [];
  const logLines: Harness['logLines'] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => logLines.push(JSON.parse(line)) },
  });
  const fetchFeed = vi.fn<FetchFeed>(async () => feed(['a']));
  const options: PollerOptions = {
    accountId: 'acc-1',
    group: createPollGroup({ intervalMs: 60_000 }),
    fetchFeed,
    random: () => 1,
    onUpdate: (state, event) => updates.push({ state, event }),
    logger,
    ...overrides,
  };
  return { updates, logLines, fetchFeed, options };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-02T12:00:00.000Z'));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('createPoller', () => {
  it('polls at start, then every interval', async () => {
    const { fetchFeed, options } = harness();
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(fetchFeed).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(59_999);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFeed).toHaveBeenCalledTimes(2);

    poller.stop();
  });

  it('reports state through onUpdate', async () => {
    const { updates, options } = harness();
    const poller = createPoller(options);

    await poller.pollNow();

    expect(updates.map((update) => update.event.type)).toEqual(['poll-started', 'poll-succeeded']);
    const state = poller.getState();
    expect(state.status).toBe('ok');
    expect(toFeedView(state)).toEqual({
      accountId: 'acc-1',
      status: 'ok',
      notifications: [notification('a')],
      unseenCount: 1,
      hasMore: false,
      fetchedAt: '2026-03-02T12:00:00.000Z',
      error: null,
      connection: 'online',
      retryAt: null,
    });
  });

  it('runs one poll at a time', async () => {
    let release: (result: FeedResult) => void = () => {};
    const fetchFeed = vi.fn(() => new Promise<FeedResult>((resolve) => (release = resolve)));
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    const first = poller.pollNow();
    const second = poller.pollNow();
    expect(second).toBe(first);
    release(feed(['a']));
    await first;

    expect(fetchFeed).toHaveBeenCalledTimes(1);
  });

  it('keeps the last good list on failure', async () => {
    const { options } = harness();
    const fetchFeed = vi
      .fn<(signal: AbortSignal) => Promise<FeedResult>>()
      .mockResolvedValueOnce(feed(['a', 'b']))
      .mockRejectedValueOnce(new RemoteError(ErrorCode.network, 'Could not reach 127.0.0.1:1.'));
    const poller = createPoller({ ...options, fetchFeed });

    await poller.pollNow();
    await poller.pollNow();

    const view = toFeedView(poller.getState());
    expect(view.status).toBe('error');
    expect(view.notifications.map((item) => item.id)).toEqual(['a', 'b']);
    expect(view.error?.code).toBe(ErrorCode.network);
    expect(view.fetchedAt).toBe('2026-03-02T12:00:00.000Z');
  });

  it('shows loading until the first result', async () => {
    const { options } = harness({ fetchFeed: () => new Promise<FeedResult>(() => {}) });
    const poller = createPoller(options);

    void poller.pollNow();

    const state = poller.getState();
    expect(state.polling).toBe(true);
    expect(toFeedView(state).status).toBe('loading');
  });

  it('backs off up to the interval', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw new RemoteError(ErrorCode.network, 'Could not reach 127.0.0.1:1.');
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller({ ...options, firstRetryMs: 5_000 });

    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    for (const expectedDelay of [5_000, 10_000, 20_000, 40_000, 60_000, 60_000]) {
      const before = fetchFeed.mock.calls.length;
      await vi.advanceTimersByTimeAsync(expectedDelay - 1);
      expect(fetchFeed.mock.calls.length).toBe(before);
      await vi.advanceTimersByTimeAsync(1);
      expect(fetchFeed.mock.calls.length).toBe(before + 1);
    }

    expect(poller.getState().failureCount).toBe(7);
    poller.stop();
  });

  it('honours Retry-After within the interval', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw new RemoteError(ErrorCode.rateLimited, 'Rate limited.', {
        details: { status: 429, retryAfterSeconds: 30 },
      });
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFeed).toHaveBeenCalledTimes(2);

    poller.stop();
  });

  it('clamps a huge Retry-After', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw new RemoteError(ErrorCode.serverError, 'Down.', {
        details: { status: 503, retryAfterSeconds: 1e12 },
      });
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(poller.getState().retryAt).toBe('2026-03-02T12:15:00.000Z');
    await vi.advanceTimersByTimeAsync(15 * 60_000 - 1);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('waits an interval after 401', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw new RemoteError(ErrorCode.invalidCredentials, 'Rejected.', {
        details: { status: 401 },
      });
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFeed).toHaveBeenCalledTimes(2);

    poller.stop();
  });

  it('returns to the interval after recovery', async () => {
    const fetchFeed = vi
      .fn<(signal: AbortSignal) => Promise<FeedResult>>()
      .mockRejectedValueOnce(new RemoteError(ErrorCode.network, 'Down.'))
      .mockResolvedValue(feed(['a']));
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetchFeed).toHaveBeenCalledTimes(2);
    expect(poller.getState().status).toBe('ok');
    await vi.advanceTimersByTimeAsync(59_999);
    expect(fetchFeed).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFeed).toHaveBeenCalledTimes(3);

    poller.stop();
  });

  it('stop drops the running poll', async () => {
    let release: (result: FeedResult) => void = () => {};
    let seenSignal: AbortSignal | undefined;
    const { updates, options } = harness({
      fetchFeed: (signal) => {
        seenSignal = signal;
        return new Promise<FeedResult>((resolve) => (release = resolve));
      },
    });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();
    release(feed(['late']));
    await vi.advanceTimersByTimeAsync(120_000);

    expect(seenSignal?.aborted).toBe(true);
    expect(updates.map((update) => update.event.type)).toEqual(['poll-started']);
    expect(poller.getState().polling).toBe(false);
  });

  it('polls again after restart', async () => {
    const { fetchFeed, options } = harness();
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();
    poller.start();
    await vi.advanceTimersByTimeAsync(0);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    expect(poller.getState().status).toBe('ok');
    poller.stop();
  });

  it('logs ids and codes, not text', async () => {
    const fetchFeed = vi
      .fn<(signal: AbortSignal) => Promise<FeedResult>>()
      .mockResolvedValueOnce(
        feed(['a'], {
          skipped: [{ id: 'bad-1', reason: 'headNotification.readState: Invalid option' }],
        }),
      )
      .mockResolvedValueOnce(
        feed(['a'], {
          skipped: [{ id: 'bad-1', reason: 'headNotification.readState: Invalid option' }],
        }),
      )
      .mockRejectedValueOnce(new RemoteError(ErrorCode.network, 'Could not reach 127.0.0.1:1.'))
      .mockRejectedValueOnce(new RemoteError(ErrorCode.network, 'Could not reach 127.0.0.1:1.'));
    const { logLines, options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    await poller.pollNow();
    await poller.pollNow();
    await poller.pollNow();
    poller.stop();

    const text = JSON.stringify(logLines);
    expect(text).not.toContain(secretMessage);
    expect(text).not.toContain('Secret title');
    expect(logLines.every((line) => line.accountId === 'acc-1')).toBe(true);
    const messages = logLines.map((line) => `${line.level}:${line.msg}`);
    expect(
      messages.filter((message) => message === '40:skipped malformed feed items'),
    ).toHaveLength(1);
    expect(messages).toContain('30:poller started');
    expect(messages).toContain('30:poller stopped');
    expect(messages.filter((message) => message === '40:poll failed')).toHaveLength(1);
    expect(messages.filter((message) => message === '20:poll failed again')).toHaveLength(1);
  });

  it('applies a shorter interval at once', async () => {
    const { fetchFeed, options } = harness();
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(40_000);
    options.group.setIntervalMs(30_000);
    await vi.advanceTimersByTimeAsync(0);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(29_999);
    expect(fetchFeed).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetchFeed).toHaveBeenCalledTimes(3);
    poller.stop();
  });

  it('applies a longer interval at once', async () => {
    const { fetchFeed, options } = harness();
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(10_000);
    options.group.setIntervalMs(120_000);
    await vi.advanceTimersByTimeAsync(109_999);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('raises an interval below 30 s', async () => {
    const { fetchFeed, options } = harness({ group: createPollGroup({ intervalMs: 5_000 }) });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(29_999);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    expect(options.group.intervalMs()).toBe(30_000);
    poller.stop();
  });

  it('moves retryAt with the interval', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw networkError();
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    for (let failure = 0; failure < 5; failure += 1) {
      await vi.runOnlyPendingTimersAsync();
    }
    const before = poller.getState().retryAt;
    options.group.setIntervalMs(30_000);

    expect(before).toBe(new Date(Date.now() + 60_000).toISOString());
    expect(poller.getState().retryAt).toBe(new Date(Date.now() + 30_000).toISOString());
    poller.stop();
  });

  it('polls after a wake', async () => {
    const { fetchFeed, options } = harness();
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(12_000);
    vi.setSystemTime(Date.now() + 3_600_000);
    await vi.advanceTimersByTimeAsync(3_000);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    expect(fetchFeed.mock.calls[1]?.[1]).toBe('wake');
    poller.stop();
  });

  it('keeps a rate limit across a wake', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw new RemoteError(ErrorCode.rateLimited, 'Slow down.', {
        details: { status: 429, retryAfterSeconds: 600 },
      });
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(5_000);
    vi.setSystemTime(Date.now() + 60_000);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(600_000 - 60_000 - 10_000 - 1);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(1);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('polls offline peers on reconnect', async () => {
    const group = createPollGroup({ intervalMs: 60_000 });
    let online = false;
    const fetchA = vi.fn<FetchFeed>(async () => {
      if (!online) {
        throw networkError();
      }
      return feed(['a']);
    });
    const fetchB = vi.fn<FetchFeed>(async () => {
      if (!online) {
        throw networkError();
      }
      return feed(['b']);
    });
    const a = createPoller(harness({ group, fetchFeed: fetchA, firstRetryMs: 5_000 }).options);
    const b = createPoller(
      harness({ group, accountId: 'acc-2', fetchFeed: fetchB, firstRetryMs: 20_000 }).options,
    );

    a.start();
    b.start();
    await vi.advanceTimersByTimeAsync(0);
    online = true;
    await vi.advanceTimersByTimeAsync(5_000);

    expect(a.getState().status).toBe('ok');
    expect(fetchB).toHaveBeenCalledTimes(2);
    expect(fetchB.mock.calls[1]?.[1]).toBe('reconnect');
    expect(b.getState().status).toBe('ok');
    a.stop();
    b.stop();
  });

  it('leaves rate-limited peers alone', async () => {
    const group = createPollGroup({ intervalMs: 60_000 });
    let online = false;
    const fetchA = vi.fn<FetchFeed>(async () => {
      if (!online) {
        throw networkError();
      }
      return feed(['a']);
    });
    const fetchB = vi.fn<FetchFeed>(async () => {
      throw new RemoteError(ErrorCode.rateLimited, 'Slow down.', {
        details: { status: 429, retryAfterSeconds: 300 },
      });
    });
    const a = createPoller(harness({ group, fetchFeed: fetchA }).options);
    const b = createPoller(harness({ group, accountId: 'acc-2', fetchFeed: fetchB }).options);

    a.start();
    b.start();
    await vi.advanceTimersByTimeAsync(0);
    online = true;
    await vi.advanceTimersByTimeAsync(5_000);

    expect(a.getState().status).toBe('ok');
    expect(fetchB).toHaveBeenCalledTimes(1);
    a.stop();
    b.stop();
  });

  it('times out a hung poll', async () => {
    let seenSignal: AbortSignal | undefined;
    const fetchFeed = vi.fn<FetchFeed>((signal) => {
      seenSignal = signal;
      return new Promise<FeedResult>(() => {});
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(24_999);
    expect(poller.getState().polling).toBe(true);
    await vi.advanceTimersByTimeAsync(1);

    const view = toFeedView(poller.getState());
    expect(view.status).toBe('error');
    expect(view.connection).toBe('offline');
    expect(view.error?.message).toContain('timed out after 25 s');
    expect(seenSignal?.aborted).toBe(true);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(fetchFeed).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('uses a custom poll timeout', async () => {
    const fetchFeed = vi.fn<FetchFeed>(() => new Promise<FeedResult>(() => {}));
    const { options } = harness({ fetchFeed, pollTimeoutMs: 10_000 });
    const poller = createPoller(options);

    await Promise.all([poller.pollNow(), vi.advanceTimersByTimeAsync(10_000)]);

    expect(poller.getState().error?.details).toMatchObject({ timeoutMs: 10_000 });
    expect(poller.getState().retryAt).toBeNull();
  });

  it('shows rate limited until retryAt', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw new RemoteError(ErrorCode.rateLimited, 'Slow down.', {
        details: { status: 429, retryAfterSeconds: 300 },
      });
    });
    const { updates, options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(0);

    const view = toFeedView(poller.getState());
    expect(view.connection).toBe('rate-limited');
    expect(view.retryAt).toBe('2026-03-02T12:05:00.000Z');
    expect(updates.at(-1)?.event).toMatchObject({
      type: 'poll-failed',
      retryAt: '2026-03-02T12:05:00.000Z',
    });
    poller.stop();
  });

  it('warns once while offline', async () => {
    const fetchFeed = vi.fn<FetchFeed>(async () => {
      throw networkError();
    });
    const { logLines, options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    poller.stop();

    const warnings = logLines.filter((line) => line.level === 40);
    expect(fetchFeed.mock.calls.length).toBeGreaterThan(5);
    expect(warnings.map((line) => line.msg)).toEqual(['poll failed']);
    expect(warnings[0]).toMatchObject({ code: 'NETWORK', retryReason: 'backoff' });
  });

  it('stops the heartbeat when stopped', async () => {
    const { fetchFeed, options } = harness();
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(0);
    poller.stop();

    expect(vi.getTimerCount()).toBe(0);
    vi.setSystemTime(Date.now() + 3_600_000);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchFeed).toHaveBeenCalledTimes(1);
  });
});
