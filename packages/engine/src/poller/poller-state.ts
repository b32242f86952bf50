import type { GraphqlWarning } from '../atlassian/graphql-result.ts';
import { ErrorCode, isAtlassifyError } from '../errors/atlassify-error.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { Notification } from '../notifications/notification.ts';
import type { ApiError, FeedConnection, FeedView } from '../server/contract.ts';

/** The last feed a poll fetched successfully. */
export interface FeedData {
  notifications: Notification[];
  unseenCount: number | null;
  hasMore: boolean;
  /** ISO date-time of the poll that fetched it. */
  fetchedAt: string;
  /** GraphQL errors that came with the data: some items may be missing. */
  warnings: GraphqlWarning[];
}

interface PollerStateBase {
  accountId: string;
  /** True while a poll runs; the data stays visible meanwhile. */
  polling: boolean;
}

/**
 * One account's feed state. `loading` has no data yet, and `ok` has fresh data. `error` keeps the
 * last good data, if any, next to the error of the latest poll and the time of the next try.
 * That time is null when the poller is stopped and will not try again.
 */
export type PollerState =
  | (PollerStateBase & {
      status: 'loading';
      data: null;
      error: null;
      failureCount: 0;
      retryAt: null;
    })
  | (PollerStateBase & {
      status: 'ok';
      data: FeedData;
      error: null;
      failureCount: 0;
      retryAt: null;
    })
  | (PollerStateBase & {
      status: 'error';
      data: FeedData | null;
      error: ApiError;
      failureCount: number;
      retryAt: string | null;
    });

export type PollEvent =
  | { type: 'poll-started' }
  | { type: 'poll-succeeded'; result: FeedResult; at: string }
  | { type: 'poll-failed'; error: ApiError; at: string; retryAt: string | null }
  /** The next try moved, because the interval changed or the machine woke up. */
  | { type: 'retry-rescheduled'; retryAt: string | null };

export function initialPollerState(accountId: string): PollerState {
  return {
    accountId,
    polling: false,
    status: 'loading',
    data: null,
    error: null,
    failureCount: 0,
    retryAt: null,
  };
}

/** Applies one poll event. Pure: the poller owns the only mutable copy. */
export function reducePollerState(state: PollerState, event: PollEvent): PollerState {
  switch (event.type) {
    case 'poll-started':
      return { ...state, polling: true };
    case 'poll-succeeded':
      return {
        accountId: state.accountId,
        polling: false,
        status: 'ok',
        data: {
          notifications: event.result.notifications,
          unseenCount: event.result.unseenCount,
          hasMore: event.result.hasMore,
          fetchedAt: event.at,
          warnings: event.result.warnings,
        },
        error: null,
        failureCount: 0,
        retryAt: null,
      };
    case 'poll-failed':
      return {
        accountId: state.accountId,
        polling: false,
        status: 'error',
        data: state.data,
        error: event.error,
        failureCount: state.failureCount + 1,
        retryAt: event.retryAt,
      };
    case 'retry-rescheduled':
      return state.status === 'error' ? { ...state, retryAt: event.retryAt } : state;
  }
}

/** Tells from the latest error whether Atlassian could be reached. */
export function connectionOf(error: ApiError | null): FeedConnection {
  switch (error?.code) {
    case ErrorCode.network:
      return 'offline';
    case ErrorCode.rateLimited:
      return 'rate-limited';
    case ErrorCode.serverError:
      return 'unavailable';
    default:
      return 'online';
  }
}

/** Builds the view the app window gets, which keeps the last good list while a later poll fails. */
export function toFeedView(state: PollerState): FeedView {
  return {
    accountId: state.accountId,
    status: state.status,
    notifications: state.data?.notifications ?? [],
    unseenCount: state.data?.unseenCount ?? null,
    hasMore: state.data?.hasMore ?? false,
    fetchedAt: state.data?.fetchedAt ?? null,
    error: state.error,
    connection: connectionOf(state.error),
    retryAt: state.retryAt,
  };
}

/** Converts what a poll threw into the API's error shape. */
export function toApiError(error: unknown): ApiError {
  if (isAtlassifyError(error)) {
    return error.toJSON();
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    code: 'INTERNAL_ERROR',
    message: `Polling failed unexpectedly: ${message}`,
    details: {},
  };
}
