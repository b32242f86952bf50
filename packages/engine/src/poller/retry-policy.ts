import { ErrorCode } from '../errors/atlassify-error.ts';
import type { ApiError } from '../server/contract.ts';

/** The first retry delay after a failure; backoff doubles it per failure in a row. */
export const defaultFirstRetryMs = 5_000;
/**
 * Maximum wait that a Retry-After header or rate-limit backoff can cause. Atlassian documents no
 * upper bound, and a bogus huge value would otherwise stop polling for days or overflow the
 * timer, so 15 minutes is a chosen cap.
 */
export const defaultMaxRetryAfterMs = 15 * 60_000;

export interface RetryInput {
  error: ApiError;
  /** Failures in a row, this one included. */
  failureCount: number;
  intervalMs: number;
  firstRetryMs: number;
  maxRetryAfterMs: number;
  /** A number in [0, 1) for the jitter. */
  random: () => number;
}

/**
 * Why the poller waits: the user must act first, the server named the wait, the server rate
 * limits without naming it, or exponential backoff after a network or server failure.
 */
export type RetryReason = 'needs-user' | 'retry-after' | 'rate-limited' | 'backoff';

export interface RetryDecision {
  delayMs: number;
  reason: RetryReason;
}

/** Codes a quick retry cannot fix, so the next try waits a whole interval. */
const needsUserCodes = new Set<string>([
  ErrorCode.invalidCredentials,
  ErrorCode.signInRequired,
  ErrorCode.notificationsUnavailableWithOAuth,
  ErrorCode.endpointMismatch,
]);

/**
 * Decides how long a poller waits after a failed poll. Network failures, timeouts and server
 * errors without Retry-After never wait longer than the interval, so polling recovers within one
 * interval of the network coming back. Only a Retry-After header or a 429 may stretch the wait
 * past the interval, up to `maxRetryAfterMs`.
 */
export function decideRetry(input: RetryInput): RetryDecision {
  const { error, intervalMs, firstRetryMs, maxRetryAfterMs } = input;

  // A rejected credential, a missing sign-in or an account of other endpoints stays broken until
  // the user acts.
  if (needsUserCodes.has(error.code)) {
    return { delayMs: intervalMs, reason: 'needs-user' };
  }

  // 429 or 503 with Retry-After: the client parsed seconds or an HTTP date into seconds.
  const retryAfterMs = retryAfterMsOf(error);
  if (retryAfterMs !== undefined) {
    return { delayMs: clamp(retryAfterMs, firstRetryMs, maxRetryAfterMs), reason: 'retry-after' };
  }

  // Rate limited without a usable Retry-After: back off past the interval, because polling at
  // the normal rate would keep hitting the limit.
  if (error.code === ErrorCode.rateLimited) {
    return { delayMs: backoffMs(input, maxRetryAfterMs), reason: 'rate-limited' };
  }

  // Network failures, timeouts, 5xx and unexpected responses: back off within the interval.
  return { delayMs: backoffMs(input, intervalMs), reason: 'backoff' };
}

/** Returns Retry-After in milliseconds, or undefined when the header was missing or malformed. */
function retryAfterMsOf(error: ApiError): number | undefined {
  const seconds = error.details?.retryAfterSeconds;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
    return undefined;
  }
  return seconds * 1000;
}

/**
 * Doubles `firstRetryMs` per failure up to `capMs`, then takes a random point in the upper half
 * ("equal jitter"), so clients that failed together do not retry together.
 */
function backoffMs(input: RetryInput, capMs: number): number {
  const exponent = Math.min(Math.max(0, input.failureCount - 1), 30);
  const ceiling = Math.min(capMs, input.firstRetryMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * input.random());
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
