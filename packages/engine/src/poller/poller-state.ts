import type { GraphqlWarning } from '../atlassian/graphql-result.ts';
import { isAtlassifyError } from '../errors/atlassify-error.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { Notification } from '../notifications/notification.ts';
import type { ApiError, FeedView } from '../server/contract.ts';

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
 * One account's feed state. `loading` has no data yet; `ok` has fresh data; `error` keeps the
 * last good data, if any, next to the error of the latest poll.
 */
export type PollerState =
  | (PollerStateBase & { status: 'loading'; data: null; error: null; failureCount: 0 })
  | (PollerStateBase & { status: 'ok'; data: FeedData; error: null; failureCount: 0 })
  | (PollerStateBase & {
      status: 'error';
      data: FeedData | null;
      error: ApiError;
      failureCount: number;
    });

export type PollEvent =
  | { type: 'poll-started' }
  | { type: 'poll-succeeded'; result: FeedResult; at: string }
  | { type: 'poll-failed'; error: ApiError; at: string };

export function initialPollerState(accountId: string): PollerState {
  return { accountId, polling: false, status: 'loading', data: null, error: null, failureCount: 0 };
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
      };
    case 'poll-failed':
      return {
        accountId: state.accountId,
        polling: false,
        status: 'error',
        data: state.data,
        error: event.error,
        failureCount: state.failureCount + 1,
      };
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
