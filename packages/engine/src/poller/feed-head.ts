import {
  feedPageSize,
  parseMyNotificationsPage,
  requestMyNotifications,
} from '../atlassian/feed.ts';
import { withCredential } from '../atlassian/with-credential.ts';
import type { CredentialProvider } from '../credentials/atlassian-credential.ts';
import type { FeedHead } from './steady-state-feed.ts';

export interface FeedHeadRequest {
  provider: CredentialProvider;
  accountId: string;
  unreadOnly: boolean;
  groupByTitle: boolean;
  signal?: AbortSignal;
  fetch?: typeof globalThis.fetch;
}

/**
 * Fetches the first page of an account's unscoped feed, with the same query and page size as a
 * full fetch, and reduces it to what the head check compares.
 */
export function fetchFeedHead(request: FeedHeadRequest): Promise<FeedHead> {
  return withCredential(request.provider, request.accountId, async (credential) => {
    const json = await requestMyNotifications({
      credential,
      readState: request.unreadOnly ? 'unread' : null,
      flat: !request.groupByTitle,
      ...(request.signal ? { signal: request.signal } : {}),
      ...(request.fetch ? { fetch: request.fetch } : {}),
    });
    const page = parseMyNotificationsPage(json, { credentialKind: credential.kind });
    const hasMorePages =
      page.nodeCount >= feedPageSize && page.endCursor !== null && page.hasNextPage;

    return {
      items: page.items.map((item) => ({
        id: item.headNotification.notificationId,
        timestamp: item.headNotification.timestamp,
        readState: item.headNotification.readState,
        groupSize: item.groupSize,
      })),
      unseenCount: page.unseenCount,
      complete: !hasMorePages,
      hasProblems: page.warnings.length > 0 || page.skipped.length > 0,
    };
  });
}
