import type { Logger } from '../log/logger.ts';
import type { FeedResult } from '../notifications/fetch-notifications.ts';
import type { ApiError } from '../server/contract.ts';
import type { PollTrigger } from './poller.ts';
import type { RetryDecision } from './retry-policy.ts';

/** How many skipped notification ids the log remembers, so each is logged once. */
const maxRememberedSkippedIds = 1_000;

/**
 * Creates the poller's log lines. They carry the account id, error codes, counts and notification
 * ids, and no notification text. A failure with the same error code as the previous poll logs at
 * debug level. A repeated set of GraphQL warnings or an already reported skipped item logs nothing.
 */
export function createPollLog(baseLogger: Logger, accountId: string) {
  const logger = baseLogger.child({ module: 'poller', accountId });
  const loggedSkippedIds = new Set<string>();
  let lastErrorCode: string | null = null;
  let lastWarningsKey = '';

  function logSkipped(result: FeedResult): void {
    const newIds = result.skipped
      .map((item) => item.id ?? 'unknown')
      .filter((id) => !loggedSkippedIds.has(id));
    if (newIds.length === 0) {
      return;
    }
    if (loggedSkippedIds.size + newIds.length > maxRememberedSkippedIds) {
      loggedSkippedIds.clear();
    }
    for (const id of newIds) {
      loggedSkippedIds.add(id);
    }
    const reasons = result.skipped.map((item) => item.reason);
    logger.warn(
      { skippedCount: newIds.length, notificationIds: newIds, reasons },
      'skipped malformed feed items',
    );
  }

  function logWarnings(result: FeedResult): void {
    const key = result.warnings
      .map((warning) => `${warning.status}:${warning.cloudId}:${warning.path}`)
      .join('|');
    if (key === lastWarningsKey) {
      return;
    }
    lastWarningsKey = key;
    if (result.warnings.length > 0) {
      const cloudIds = result.warnings
        .map((warning) => warning.cloudId)
        .filter((cloudId) => cloudId !== null);
      const statuses = result.warnings.map((warning) => warning.status);
      logger.warn(
        { warningCount: result.warnings.length, cloudIds, statuses },
        'feed has partial results',
      );
    }
  }

  return {
    started(intervalMs: number): void {
      logger.info({ intervalMs }, 'poller started');
    },
    stopped(): void {
      logger.info('poller stopped');
    },
    woke(sleptMs: number): void {
      logger.info({ sleptMs: Math.round(sleptMs) }, 'machine woke from sleep; polling now');
    },
    succeeded(result: FeedResult, previousFailureCount: number, trigger: PollTrigger): void {
      if (previousFailureCount > 0) {
        logger.info({ failureCount: previousFailureCount, trigger }, 'poll recovered');
      }
      lastErrorCode = null;
      logger.debug(
        { notificationCount: result.notifications.length, hasMore: result.hasMore, trigger },
        'poll succeeded',
      );
      logSkipped(result);
      logWarnings(result);
    },
    failed(
      error: unknown,
      apiError: ApiError,
      failureCount: number,
      retry: RetryDecision | null,
    ): void {
      const fields = {
        err: error,
        code: apiError.code,
        failureCount,
        retryInMs: retry?.delayMs ?? null,
        retryReason: retry?.reason ?? null,
      };
      if (apiError.code === lastErrorCode) {
        logger.debug(fields, 'poll failed again');
      } else {
        logger.warn(fields, 'poll failed');
      }
      lastErrorCode = apiError.code;
    },
  };
}
