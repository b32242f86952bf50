import { describe, expect, it } from 'vitest';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import type { ApiError } from '../server/contract.ts';
import { initialPollerState, reducePollerState, toApiError, toFeedView } from './poller-state.ts';

const networkError: ApiError = {
  code: 'NETWORK',
  message: 'Could not reach example.',
  details: {},
};
const emptyFeed = { notifications: [], unseenCount: 0, hasMore: false, warnings: [], skipped: [] };

describe('reducePollerState', () => {
  it('starts in loading without data', () => {
    const state = initialPollerState('acc-1');

    expect(state).toEqual({
      accountId: 'acc-1',
      polling: false,
      status: 'loading',
      data: null,
      error: null,
      failureCount: 0,
      retryAt: null,
    });
    expect(toFeedView(state)).toMatchObject({
      status: 'loading',
      notifications: [],
      unseenCount: null,
      fetchedAt: null,
    });
  });

  it('keeps data while a poll runs', () => {
    const ok = reducePollerState(initialPollerState('acc-1'), {
      type: 'poll-succeeded',
      result: emptyFeed,
      at: 't1',
    });

    const polling = reducePollerState(ok, { type: 'poll-started' });

    expect(polling.status).toBe('ok');
    expect(polling.polling).toBe(true);
    expect(polling.data).toBe(ok.data);
  });

  it('counts failures and resets on success', () => {
    let state = initialPollerState('acc-1');
    state = reducePollerState(state, {
      type: 'poll-failed',
      error: networkError,
      at: 't1',
      retryAt: null,
    });
    state = reducePollerState(state, {
      type: 'poll-failed',
      error: networkError,
      at: 't2',
      retryAt: null,
    });

    expect(state.status).toBe('error');
    expect(state.failureCount).toBe(2);
    expect(state.data).toBeNull();

    state = reducePollerState(state, { type: 'poll-succeeded', result: emptyFeed, at: 't3' });
    expect(state.failureCount).toBe(0);
    expect(state.error).toBeNull();
  });

  it('does not change the given state', () => {
    const state = initialPollerState('acc-1');
    const copy = structuredClone(state);

    reducePollerState(state, { type: 'poll-failed', error: networkError, at: 't1', retryAt: null });

    expect(state).toEqual(copy);
  });
});

describe('toFeedView connection', () => {
  const cases = [
    ['NETWORK', 'offline'],
    ['RATE_LIMITED', 'rate-limited'],
    ['SERVER_ERROR', 'unavailable'],
    ['INVALID_CREDENTIALS', 'online'],
    ['BAD_RESPONSE', 'online'],
  ] as const;

  for (const [code, connection] of cases) {
    it(`shows ${code} as ${connection}`, () => {
      const failed = reducePollerState(initialPollerState('acc-1'), {
        type: 'poll-failed',
        error: { ...networkError, code },
        at: 't1',
        retryAt: '2026-03-02T14:05:00.000Z',
      });

      const view = toFeedView(failed);

      expect(view.connection).toBe(connection);
      expect(view.retryAt).toBe('2026-03-02T14:05:00.000Z');
    });
  }

  it('clears retryAt on success', () => {
    const failed = reducePollerState(initialPollerState('acc-1'), {
      type: 'poll-failed',
      error: networkError,
      at: 't1',
      retryAt: '2026-03-02T14:05:00.000Z',
    });

    const view = toFeedView(
      reducePollerState(failed, { type: 'poll-succeeded', result: emptyFeed, at: 't2' }),
    );

    expect(view.connection).toBe('online');
    expect(view.retryAt).toBeNull();
  });

  it('moves retryAt when rescheduled', () => {
    const failed = reducePollerState(initialPollerState('acc-1'), {
      type: 'poll-failed',
      error: networkError,
      at: 't1',
      retryAt: '2026-03-02T14:05:00.000Z',
    });
    const ok = reducePollerState(failed, { type: 'poll-succeeded', result: emptyFeed, at: 't2' });
    const event = { type: 'retry-rescheduled', retryAt: '2026-03-02T14:02:00.000Z' } as const;

    expect(reducePollerState(failed, event).retryAt).toBe('2026-03-02T14:02:00.000Z');
    expect(reducePollerState(ok, event)).toBe(ok);
  });
});

describe('toApiError', () => {
  it('keeps code, hint and details', () => {
    const error = new RemoteError(ErrorCode.rateLimited, 'Slow down.', {
      hint: 'Wait.',
      details: { retryAfterSeconds: 5 },
    });

    expect(toApiError(error)).toEqual({
      code: 'RATE_LIMITED',
      message: 'Slow down.',
      hint: 'Wait.',
      details: { retryAfterSeconds: 5 },
    });
  });

  it('wraps an unexpected error', () => {
    expect(toApiError(new TypeError('x is undefined'))).toMatchObject({
      code: 'INTERNAL_ERROR',
      message: expect.stringContaining('x is undefined'),
    });
  });
});
