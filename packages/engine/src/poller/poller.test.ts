import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import { createLogger } from '../log/logger.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { Notification } from '../notifications/notification.ts';
import { createPoller, type PollerOptions } from './poller.ts';
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
  fetchFeed: ReturnType<typeof vi.fn<(signal: AbortSignal) => Promise<FeedResult>>>;
  options: PollerOptions;
}

function harness(overrides: Partial<PollerOptions> = {}): Harness {
  const updates: Harness['updates'] = [];
  const logLines: Harness['logLines'] = [];
  const logger = createLogger({
    level: 'debug',
    destination: { write: (line: string) => logLines.push(JSON.parse(line)) },
  });
  const fetchFeed = vi.fn<(signal: AbortSignal) => Promise<FeedResult>>(async () => feed(['a']));
  const options: PollerOptions = {
    accountId: 'acc-1',
    fetchFeed,
    intervalMs: 60_000,
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
    const fetchFeed = vi.fn<(signal: AbortSignal) => Promise<FeedResult>>(async () => {
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
    const fetchFeed = vi.fn<(signal: AbortSignal) => Promise<FeedResult>>(async () => {
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

  it('caps Retry-After at the interval', async () => {
    const fetchFeed = vi.fn<(signal: AbortSignal) => Promise<FeedResult>>(async () => {
      throw new RemoteError(ErrorCode.serverError, 'Down.', {
        details: { status: 503, retryAfterSeconds: 3600 },
      });
    });
    const { options } = harness({ fetchFeed });
    const poller = createPoller(options);

    poller.start();
    await vi.advanceTimersByTimeAsync(60_000);

    expect(fetchFeed).toHaveBeenCalledTimes(2);
    poller.stop();
  });

  it('waits an interval after 401', async () => {
    const fetchFeed = vi.fn<(signal: AbortSignal) => Promise<FeedResult>>(async () => {
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
});
