import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { PollClock } from './poll-clock.ts';
import type { PollTrigger } from './poller.ts';

/** One item of the feed's first page, reduced to the fields the head check compares. */
export interface FeedHeadItem {
  id: string;
  timestamp: string;
  readState: string;
  groupSize: number;
}

/** The feed's first page, as the head check compares it with the last full fetch. */
export interface FeedHead {
  items: FeedHeadItem[];
  unseenCount: number | null;
  /** True when the page is the whole feed: it was short or the server had nothing after it. */
  complete: boolean;
  /** True when the page carried GraphQL warnings or malformed nodes, which a full fetch reports. */
  hasProblems: boolean;
}

/**
 * Maximum time between full fetches. Changes that the head check cannot see, such as an item
 * beyond the first page read in the browser, show within this time. A chosen value: five polls
 * at the default interval.
 */
export const defaultFullRefreshMs = 5 * 60_000;

export interface SteadyStateFeedOptions {
  /** Fetches every page, as a poll without the head check does. */
  fetchFull: (signal: AbortSignal) => Promise<FeedResult>;
  /** Fetches the first page only; null when the feed cannot be checked that way. */
  fetchHead: (signal: AbortSignal) => Promise<FeedHead | null>;
  clock: PollClock;
  /** 0 fetches every page on every poll. */
  fullRefreshMs?: number;
  /** True when something besides polling changed the list, such as marking items read. */
  isStale?: () => boolean;
  /** Called after each poll with the kind of fetch it made. */
  onFetched?: (kind: 'full' | 'head-unchanged' | 'head-changed') => void;
}

/**
 * Creates the fetch of a poller that skips unchanged pages. A poll that the interval triggers
 * first fetches only the first page. When its items (ids, timestamps, read states, group sizes)
 * and the unseen count equal the start of the last full fetch, the last result is kept: one
 * request instead of up to ten. Any difference fetches every page.
 *
 * It stays correct because the feed is ordered newest first. A new item, or a group with a new
 * head, lands on the first page, and so does a read-state change of an item on it. What the
 * check cannot see is a change to an item further down (read elsewhere, or deleted), so a full
 * fetch still runs at least every `fullRefreshMs`, and on start, on retry, after a wake or a
 * reconnect, on a request by the user, and when `isStale` reports a change made in the app.
 */
export function createSteadyStateFeed(options: SteadyStateFeedOptions) {
  const fullRefreshMs = options.fullRefreshMs ?? defaultFullRefreshMs;
  let last: { result: FeedResult; fetchedAt: number } | null = null;

  async function fetchFull(signal: AbortSignal): Promise<FeedResult> {
    const result = await options.fetchFull(signal);
    last = { result, fetchedAt: options.clock.monotonicNow() };
    return result;
  }

  function mayCheckHead(trigger: PollTrigger): boolean {
    if (!last || trigger !== 'interval' || options.isStale?.()) {
      return false;
    }
    return options.clock.monotonicNow() - last.fetchedAt < fullRefreshMs;
  }

  return {
    async fetch(signal: AbortSignal, trigger: PollTrigger): Promise<FeedResult> {
      const previous = last;
      if (!previous || !mayCheckHead(trigger)) {
        const result = await fetchFull(signal);
        options.onFetched?.('full');
        return result;
      }

      const head = await options.fetchHead(signal);
      if (head && headUnchanged(head, previous.result)) {
        options.onFetched?.('head-unchanged');
        return previous.result;
      }
      const result = await fetchFull(signal);
      options.onFetched?.('head-changed');
      return result;
    },
  };
}

/** True when the first page matches the start of the last full result, and it is not stale. */
export function headUnchanged(head: FeedHead, previous: FeedResult): boolean {
  const known = previous.notifications;
  if (head.hasProblems || head.unseenCount !== previous.unseenCount) {
    return false;
  }
  if (head.items.length > known.length || (head.complete && head.items.length !== known.length)) {
    return false;
  }
  return head.items.every((item, index) => {
    const notification = known[index];
    return (
      notification !== undefined &&
      notification.id === item.id &&
      Date.parse(notification.timestamp) === Date.parse(item.timestamp) &&
      notification.readState === item.readState &&
      notification.groupSize === item.groupSize
    );
  });
}
