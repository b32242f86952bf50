import { describe, expect, it, vi } from 'vitest';

import { ManualTime } from '../../test/poll/manual-time.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { Notification } from '../notifications/notification.ts';
import type { PollTrigger } from './poller.ts';
import { createSteadyStateFeed, type FeedHead } from './steady-state-feed.ts';

function notification(id: string, minute: number, readState: 'read' | 'unread' = 'unread') {
  return {
    id,
    groupSize: 1,
    timestamp: new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString(),
    readState,
  } as Notification;
}

function result(items: Notification[], unseenCount = items.length): FeedResult {
  return { notifications: items, unseenCount, hasMore: false, warnings: [], skipped: [] };
}

function headOf(feed: FeedResult, pageSize = 2, overrides: Partial<FeedHead> = {}): FeedHead {
  const items = feed.notifications.slice(0, pageSize).map((item) => ({
    id: item.id,
    timestamp: item.timestamp,
    readState: item.readState,
    groupSize: item.groupSize,
  }));
  return {
    items,
    unseenCount: feed.unseenCount,
    complete: feed.notifications.length <= pageSize,
    hasProblems: false,
    ...overrides,
  };
}

const signal = new AbortController().signal;
const older = [notification('c', 3), notification('b', 2), notification('a', 1)];

function setup(server: { feed: FeedResult; head?: FeedHead | null }, fullRefreshMs?: number) {
  const time = new ManualTime();
  const fetchFull = vi.fn(async () => server.feed);
  const fetchHead = vi.fn(async () =>
    server.head === undefined ? headOf(server.feed) : server.head,
  );
  let stale = false;
  const feed = createSteadyStateFeed({
    fetchFull,
    fetchHead,
    clock: time,
    isStale: () => stale,
    ...(fullRefreshMs === undefined ? {} : { fullRefreshMs }),
  });
  return {
    time,
    fetchFull,
    fetchHead,
    fetch: (trigger: PollTrigger = 'interval') => feed.fetch(signal, trigger),
    markStale: () => {
      stale = true;
    },
  };
}

describe('createSteadyStateFeed', () => {
  it('fetches everything first', async () => {
    const run = setup({ feed: result(older) });

    expect(await run.fetch()).toEqual(result(older));
    expect(run.fetchFull).toHaveBeenCalledTimes(1);
    expect(run.fetchHead).not.toHaveBeenCalled();
  });

  it('keeps the list when the head matches', async () => {
    const run = setup({ feed: result(older) });
    const first = await run.fetch();

    const second = await run.fetch();

    expect(second).toBe(first);
    expect(run.fetchFull).toHaveBeenCalledTimes(1);
    expect(run.fetchHead).toHaveBeenCalledTimes(1);
  });

  it('fetches everything after a new item', async () => {
    const server = { feed: result(older) };
    const run = setup(server);
    await run.fetch();

    server.feed = result([notification('d', 4), ...older]);
    const next = await run.fetch();

    expect(next.notifications.map((item) => item.id)).toEqual(['d', 'c', 'b', 'a']);
    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything after a read change', async () => {
    const server = { feed: result(older) };
    const run = setup(server);
    await run.fetch();

    server.feed = result([notification('c', 3, 'read'), ...older.slice(1)]);
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything when a head timestamp moves', async () => {
    const server = { feed: result(older) };
    const run = setup(server);
    await run.fetch();

    server.feed = result([notification('c', 9), ...older.slice(1)]);
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything when the unseen count changes', async () => {
    const server = { feed: result(older) };
    const run = setup(server);
    await run.fetch();

    server.feed = result(older, 0);
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything when a short head loses items', async () => {
    const server = { feed: result(older) };
    const run = setup(server);
    await run.fetch();

    server.feed = result(older.slice(0, 2));
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything for a head with problems', async () => {
    const server: { feed: FeedResult; head?: FeedHead } = { feed: result(older) };
    const run = setup(server);
    await run.fetch();

    server.head = headOf(server.feed, 2, { hasProblems: true });
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything without a head', async () => {
    const run = setup({ feed: result(older), head: null });
    await run.fetch();

    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything for other triggers', async () => {
    const run = setup({ feed: result(older) });
    await run.fetch();

    for (const trigger of ['start', 'retry', 'wake', 'reconnect', 'manual'] as const) {
      await run.fetch(trigger);
    }

    expect(run.fetchFull).toHaveBeenCalledTimes(6);
    expect(run.fetchHead).not.toHaveBeenCalled();
  });

  it('fetches everything after a change in the app', async () => {
    const run = setup({ feed: result(older) });
    await run.fetch();

    run.markStale();
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything every five minutes', async () => {
    const run = setup({ feed: result(older) });
    await run.fetch();

    run.time.advance(4 * 60_000);
    await run.fetch();
    expect(run.fetchFull).toHaveBeenCalledTimes(1);
    run.time.advance(60_000);
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
  });

  it('fetches everything with a zero refresh time', async () => {
    const run = setup({ feed: result(older) }, 0);

    await run.fetch();
    await run.fetch();

    expect(run.fetchFull).toHaveBeenCalledTimes(2);
    expect(run.fetchHead).not.toHaveBeenCalled();
  });
});
