import { ErrorCode } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { ApiError } from '../server/contract.ts';
import { createPollLog } from './poll-log.ts';
import {
  initialPollerState,
  type PollEvent,
  type PollerState,
  reducePollerState,
  toApiError,
} from './poller-state.ts';

export const defaultPollIntervalMs = 60_000;
/** The first retry delay after a failure; it doubles per failure up to the poll interval. */
export const defaultFirstRetryMs = 5_000;

/** Timer functions, injectable so tests drive time with fake timers. */
export interface PollerTimers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface PollerOptions {
  accountId: string;
  /** Fetches the feed; the signal aborts when the poller stops. */
  fetchFeed: (signal: AbortSignal) => Promise<FeedResult>;
  intervalMs?: number;
  firstRetryMs?: number;
  now?: () => Date;
  timers?: PollerTimers;
  /** Called after every state change, with the event that caused it. */
  onUpdate: (state: PollerState, event: PollEvent) => void;
  logger: Logger;
}

export interface Poller {
  /** Polls now, then every interval. Does nothing when already started. */
  start(): void;
  /** Cancels the timer and the running poll; a late result is dropped. */
  stop(): void;
  /** Polls now, or joins the poll already running. Works while stopped, without scheduling. */
  pollNow(): Promise<void>;
  getState(): PollerState;
}

/** Error codes a quick retry cannot fix, so the next try waits a whole interval. */
const waitFullIntervalCodes = new Set<string>([
  ErrorCode.invalidCredentials,
  ErrorCode.signInRequired,
  ErrorCode.notificationsUnavailableWithOAuth,
]);

/**
 * Creates one account's poller. At most one poll runs at a time. After a failure the next poll
 * comes sooner than the interval (backoff from `firstRetryMs`, or the server's Retry-After),
 * never later than the interval.
 */
export function createPoller(options: PollerOptions): Poller {
  const intervalMs = options.intervalMs ?? defaultPollIntervalMs;
  const firstRetryMs = Math.min(options.firstRetryMs ?? defaultFirstRetryMs, intervalMs);
  const timers = options.timers ?? { setTimeout, clearTimeout };
  const now = options.now ?? (() => new Date());
  const log = createPollLog(options.logger, options.accountId);

  let state = initialPollerState(options.accountId);
  let running = false;
  let timer: unknown;
  let inFlight: Promise<void> | null = null;
  let abortController = new AbortController();

  function dispatch(event: PollEvent): void {
    state = reducePollerState(state, event);
    options.onUpdate(state, event);
  }

  function schedule(delayMs: number): void {
    timers.clearTimeout(timer);
    timer = timers.setTimeout(() => void pollNow(), delayMs);
  }

  async function runPoll(signal: AbortSignal): Promise<void> {
    dispatch({ type: 'poll-started' });
    try {
      const result = await options.fetchFeed(signal);
      if (signal.aborted) {
        return;
      }
      log.succeeded(result, state.failureCount);
      dispatch({ type: 'poll-succeeded', result, at: now().toISOString() });
      if (running) {
        schedule(intervalMs);
      }
    } catch (error) {
      if (signal.aborted) {
        return;
      }
      const apiError = toApiError(error);
      const delayMs = retryDelayMs(apiError, state.failureCount + 1, firstRetryMs, intervalMs);
      dispatch({ type: 'poll-failed', error: apiError, at: now().toISOString() });
      log.failed(error, apiError, state.failureCount, running ? delayMs : null);
      if (running) {
        schedule(delayMs);
      }
    }
  }

  function pollNow(): Promise<void> {
    if (inFlight) {
      return inFlight;
    }
    timers.clearTimeout(timer);
    if (abortController.signal.aborted) {
      abortController = new AbortController();
    }
    const poll = runPoll(abortController.signal).finally(() => {
      if (inFlight === poll) {
        inFlight = null;
      }
    });
    inFlight = poll;
    return poll;
  }

  return {
    start() {
      if (running) {
        return;
      }
      running = true;
      log.started(intervalMs);
      void pollNow();
    },
    stop() {
      if (!running) {
        return;
      }
      running = false;
      timers.clearTimeout(timer);
      abortController.abort();
      inFlight = null;
      if (state.polling) {
        state = { ...state, polling: false };
      }
      log.stopped();
    },
    pollNow,
    getState: () => state,
  };
}

/**
 * Computes the delay before the next poll after `failureCount` failures in a row. It doubles from
 * `firstRetryMs`, is at least the server's Retry-After, and is never more than the interval.
 */
export function retryDelayMs(
  error: ApiError,
  failureCount: number,
  firstRetryMs: number,
  intervalMs: number,
): number {
  if (waitFullIntervalCodes.has(error.code)) {
    return intervalMs;
  }

  const backoffMs = firstRetryMs * 2 ** Math.max(0, failureCount - 1);
  const retryAfterSeconds = error.details?.retryAfterSeconds;
  const retryAfterMs = typeof retryAfterSeconds === 'number' ? retryAfterSeconds * 1000 : 0;
  return Math.min(intervalMs, Math.max(backoffMs, retryAfterMs));
}
