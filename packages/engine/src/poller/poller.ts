import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { ApiError } from '../server/contract.ts';
import type { PollGroup, PollGroupMember } from './poll-group.ts';
import { createPollLog } from './poll-log.ts';
import {
  connectionOf,
  initialPollerState,
  type PollEvent,
  type PollerState,
  reducePollerState,
  toApiError,
} from './poller-state.ts';
import {
  decideRetry,
  defaultFirstRetryMs,
  defaultMaxRetryAfterMs,
  type RetryDecision,
} from './retry-policy.ts';

/**
 * Why a poll runs: the poller started, the interval or a retry delay passed, the machine woke,
 * another account's poll found the network back, or a caller asked (`pollNow`).
 */
export type PollTrigger = 'start' | 'interval' | 'retry' | 'wake' | 'reconnect' | 'manual';

/**
 * How long one poll may take, credential refresh and every page included. It stays below the
 * 30 s minimum interval, so a hung poll ends before the next one is due.
 */
export const defaultPollTimeoutMs = 25_000;

export interface PollerOptions {
  accountId: string;
  /** The interval, timers, clocks and wake detection, shared with the other accounts' pollers. */
  group: PollGroup;
  /**
   * Fetches the feed. The signal aborts when the poll times out or the poller stops; the poll
   * ends then even if the fetch does not.
   */
  fetchFeed: (signal: AbortSignal, trigger: PollTrigger) => Promise<FeedResult>;
  firstRetryMs?: number;
  maxRetryAfterMs?: number;
  pollTimeoutMs?: number;
  /** A number from 0 to 1 for the backoff jitter; Math.random by default. */
  random?: () => number;
  /** Called after every state change, with the event that caused it. */
  onUpdate: (state: PollerState, event: PollEvent) => void;
  logger: Logger;
}

/** The limits and randomness of a poller that callers may tune, and tests pin down. */
export type PollerTuning = Pick<
  PollerOptions,
  'firstRetryMs' | 'maxRetryAfterMs' | 'pollTimeoutMs' | 'random'
>;

export interface Poller {
  /** Polls now, then every interval. Does nothing when already started. */
  start(): void;
  /** Cancels the timer and the running poll; a late result is dropped. */
  stop(): void;
  /** Polls now, or joins the poll already running. Works while stopped, without scheduling. */
  pollNow(trigger?: PollTrigger): Promise<void>;
  getState(): PollerState;
}

/** The next poll: when it is due on the monotonic clock and why. */
interface NextPoll {
  dueAt: number;
  trigger: PollTrigger;
}

/**
 * Creates one account's poller. At most one poll runs at a time and each ends within
 * `pollTimeoutMs`. After a failure `decideRetry` picks the delay. It polls at once when the
 * machine wakes or another account's poll finds the network back.
 */
export function createPoller(options: PollerOptions): Poller {
  const { group } = options;
  const { timers, clock } = group;
  const firstRetryMs = options.firstRetryMs ?? defaultFirstRetryMs;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? defaultMaxRetryAfterMs;
  const pollTimeoutMs = options.pollTimeoutMs ?? defaultPollTimeoutMs;
  const random = options.random ?? Math.random;
  const log = createPollLog(options.logger, options.accountId);

  let state = initialPollerState(options.accountId);
  let running = false;
  let leaveGroup: (() => void) | null = null;
  let timer: unknown;
  let next: NextPoll | null = null;
  let lastSettledAt = 0;
  let lastRetry: RetryDecision | null = null;
  let inFlight: Promise<void> | null = null;
  let stopController = new AbortController();

  function dispatch(event: PollEvent): void {
    state = reducePollerState(state, event);
    options.onUpdate(state, event);
  }

  function isoAt(monotonicAt: number): string {
    return new Date(clock.now() + (monotonicAt - clock.monotonicNow())).toISOString();
  }

  function schedule(dueAt: number, trigger: PollTrigger): void {
    timers.clearTimeout(timer);
    next = { dueAt, trigger };
    const delayMs = Math.max(0, dueAt - clock.monotonicNow());
    timer = timers.setTimeout(() => {
      next = null;
      void pollNow(trigger);
    }, delayMs);
  }

  /** Plans the next poll after a success (no failure) or after failures in a row. */
  function planNext(failure: { error: ApiError; failureCount: number } | null): NextPoll {
    if (!failure) {
      lastRetry = null;
      return { dueAt: lastSettledAt + group.intervalMs(), trigger: 'interval' };
    }
    lastRetry = decideRetry({
      ...failure,
      intervalMs: group.intervalMs(),
      firstRetryMs,
      maxRetryAfterMs,
      random,
    });
    return { dueAt: lastSettledAt + lastRetry.delayMs, trigger: 'retry' };
  }

  function currentFailure(): { error: ApiError; failureCount: number } | null {
    return state.status === 'error'
      ? { error: state.error, failureCount: state.failureCount }
      : null;
  }

  async function runPoll(trigger: PollTrigger, stopSignal: AbortSignal): Promise<void> {
    const previousFailures = state.failureCount;
    dispatch({ type: 'poll-started' });
    try {
      const result = await fetchWithDeadline(trigger, stopSignal);
      if (stopSignal.aborted) {
        return;
      }
      lastSettledAt = clock.monotonicNow();
      log.succeeded(result, previousFailures, trigger);
      dispatch({ type: 'poll-succeeded', result, at: new Date(clock.now()).toISOString() });
      if (running) {
        const planned = planNext(null);
        schedule(planned.dueAt, planned.trigger);
      }
      if (previousFailures > 0) {
        group.reportRecovered(member);
      }
    } catch (error) {
      if (stopSignal.aborted) {
        return;
      }
      lastSettledAt = clock.monotonicNow();
      const apiError = toApiError(error);
      const failureCount = previousFailures + 1;
      const planned = running ? planNext({ error: apiError, failureCount }) : null;
      const retryAt = planned ? isoAt(planned.dueAt) : null;
      dispatch({
        type: 'poll-failed',
        error: apiError,
        at: new Date(clock.now()).toISOString(),
        retryAt,
      });
      log.failed(error, apiError, failureCount, planned ? lastRetry : null);
      if (planned) {
        schedule(planned.dueAt, planned.trigger);
      }
    }
  }

  /** Runs the fetch, but settles by the deadline or on stop even if the fetch never does. */
  async function fetchWithDeadline(
    trigger: PollTrigger,
    stopSignal: AbortSignal,
  ): Promise<FeedResult> {
    // One controller per poll, aborted by the deadline or by stop, so no listener outlives it.
    const controller = new AbortController();
    const signal = controller.signal;
    const onStop = () => controller.abort(stopSignal.reason);
    stopSignal.addEventListener('abort', onStop, { once: true });
    const deadlineTimer = timers.setTimeout(
      () => controller.abort(pollTimedOut(pollTimeoutMs)),
      pollTimeoutMs,
    );
    let onAbort = () => {};
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
    });

    try {
      return await Promise.race([options.fetchFeed(signal, trigger), aborted]);
    } finally {
      timers.clearTimeout(deadlineTimer);
      stopSignal.removeEventListener('abort', onStop);
      signal.removeEventListener('abort', onAbort);
    }
  }

  function pollNow(trigger: PollTrigger = 'manual'): Promise<void> {
    if (inFlight) {
      return inFlight;
    }
    timers.clearTimeout(timer);
    next = null;
    if (stopController.signal.aborted) {
      stopController = new AbortController();
    }
    const poll = runPoll(trigger, stopController.signal).finally(() => {
      if (inFlight === poll) {
        inFlight = null;
      }
    });
    inFlight = poll;
    return poll;
  }

  const member: PollGroupMember = {
    onIntervalChanged() {
      if (!running || inFlight || !next) {
        return;
      }
      const planned = planNext(currentFailure());
      schedule(planned.dueAt, planned.trigger);
      if (state.status === 'error') {
        dispatch({ type: 'retry-rescheduled', retryAt: isoAt(planned.dueAt) });
      }
    },
    onWake(sleptMs) {
      if (!running) {
        return;
      }
      // A rate limit is a wall-clock time, which may not have passed during a short sleep.
      const retryAtMs = state.retryAt === null ? Number.NaN : Date.parse(state.retryAt);
      if (connectionOf(state.error) === 'rate-limited' && retryAtMs > clock.now()) {
        schedule(clock.monotonicNow() + (retryAtMs - clock.now()), 'retry');
        return;
      }
      log.woke(sleptMs);
      void pollNow('wake');
    },
    onPeerRecovered() {
      if (running && connectionOf(state.error) === 'offline') {
        void pollNow('reconnect');
      }
    },
  };

  return {
    start() {
      if (running) {
        return;
      }
      running = true;
      leaveGroup = group.join(member);
      log.started(group.intervalMs());
      void pollNow('start');
    },
    stop() {
      if (!running) {
        return;
      }
      running = false;
      leaveGroup?.();
      leaveGroup = null;
      timers.clearTimeout(timer);
      next = null;
      stopController.abort();
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

function pollTimedOut(timeoutMs: number): RemoteError {
  return new RemoteError(
    ErrorCode.network,
    `The poll timed out after ${timeoutMs / 1000} s without an answer.`,
    {
      hint: 'Check the network connection; Atlassify tries again soon.',
      details: { timeoutMs },
    },
  );
}
