import { describe, expect, it } from 'vitest';

import type { ApiError } from '../server/contract.ts';
import { decideRetry, type RetryInput } from './retry-policy.ts';

function input(error: Partial<ApiError>, overrides: Partial<RetryInput> = {}): RetryInput {
  return {
    error: { code: 'NETWORK', message: 'Could not reach 127.0.0.1:1.', details: {}, ...error },
    failureCount: 1,
    intervalMs: 60_000,
    firstRetryMs: 5_000,
    maxRetryAfterMs: 900_000,
    random: () => 1,
    ...overrides,
  };
}

describe('decideRetry', () => {
  it('waits an interval for credentials', () => {
    for (const code of ['INVALID_CREDENTIALS', 'SIGN_IN_REQUIRED']) {
      expect(decideRetry(input({ code }))).toEqual({ delayMs: 60_000, reason: 'needs-user' });
    }
  });

  it('doubles backoff up to the interval', () => {
    const delays = [1, 2, 3, 4, 5, 6, 40].map(
      (failureCount) => decideRetry(input({}, { failureCount })).delayMs,
    );

    expect(delays).toEqual([5_000, 10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
  });

  it('jitters within the upper half', () => {
    const low = decideRetry(input({}, { failureCount: 3, random: () => 0 }));
    const high = decideRetry(input({}, { failureCount: 3, random: () => 1 }));

    expect(low).toEqual({ delayMs: 10_000, reason: 'backoff' });
    expect(high).toEqual({ delayMs: 20_000, reason: 'backoff' });
  });

  it('never backs off past the interval', () => {
    for (const code of ['NETWORK', 'SERVER_ERROR', 'BAD_RESPONSE', 'INTERNAL_ERROR']) {
      for (let failureCount = 1; failureCount <= 50; failureCount += 7) {
        const decision = decideRetry(input({ code }, { failureCount, random: Math.random }));
        expect(decision.delayMs).toBeLessThanOrEqual(60_000);
        expect(decision.delayMs).toBeGreaterThan(0);
      }
    }
  });

  it('honours Retry-After seconds', () => {
    const decision = decideRetry(
      input({ code: 'RATE_LIMITED', details: { status: 429, retryAfterSeconds: 300 } }),
    );

    expect(decision).toEqual({ delayMs: 300_000, reason: 'retry-after' });
  });

  it('honours Retry-After on 503', () => {
    const decision = decideRetry(
      input({ code: 'SERVER_ERROR', details: { status: 503, retryAfterSeconds: 90 } }),
    );

    expect(decision).toEqual({ delayMs: 90_000, reason: 'retry-after' });
  });

  it('clamps a huge Retry-After', () => {
    for (const retryAfterSeconds of [3_600, 1e20, Number.MAX_VALUE]) {
      const decision = decideRetry(
        input({ code: 'RATE_LIMITED', details: { status: 429, retryAfterSeconds } }),
      );

      expect(decision).toEqual({ delayMs: 900_000, reason: 'retry-after' });
    }
  });

  it('raises a zero Retry-After', () => {
    const decision = decideRetry(
      input({ code: 'RATE_LIMITED', details: { status: 429, retryAfterSeconds: 0 } }),
    );

    expect(decision).toEqual({ delayMs: 5_000, reason: 'retry-after' });
  });

  it('ignores an unusable Retry-After', () => {
    for (const retryAfterSeconds of [-5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const decision = decideRetry(
        input(
          { code: 'SERVER_ERROR', details: { status: 503, retryAfterSeconds } },
          { failureCount: 2 },
        ),
      );

      expect(decision).toEqual({ delayMs: 10_000, reason: 'backoff' });
    }
  });

  it('backs off past the interval on 429', () => {
    const delays = [1, 5, 8, 9, 30].map(
      (failureCount) =>
        decideRetry(input({ code: 'RATE_LIMITED', details: { status: 429 } }, { failureCount }))
          .delayMs,
    );

    expect(delays).toEqual([5_000, 80_000, 640_000, 900_000, 900_000]);
  });
});
