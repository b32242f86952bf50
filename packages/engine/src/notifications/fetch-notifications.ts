import { type Feed, fetchFeed } from '../atlassian/feed.ts';
import type { SkippedItem } from '../atlassian/feed-schema.ts';
import type { GraphqlWarning } from '../atlassian/graphql-result.ts';
import { withCredential } from '../atlassian/with-credential.ts';
import type { CredentialProvider } from '../credentials/atlassian-credential.ts';
import type { Notification } from './notification.ts';
import { toNotification } from './to-notification.ts';

/** One account's feed in the engine's model: what a poll produces. */
export interface FeedResult {
  notifications: Notification[];
  unseenCount: number | null;
  hasMore: boolean;
  /** GraphQL errors that came with data: the list may be missing some items. */
  warnings: GraphqlWarning[];
  /** Nodes that failed validation and are not in `notifications`. */
  skipped: SkippedItem[];
}

export interface FetchNotificationsOptions {
  provider: CredentialProvider;
  accountId: string;
  /** True for unread items only. */
  unreadOnly: boolean;
  /** True makes the server group related items under one head item. */
  groupByTitle: boolean;
  /** Sites to scope the feed to, one request series each; empty or absent for the unscoped feed. */
  cloudIds?: readonly string[];
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Fetches an account's feed through its credential provider (refreshing once after a 401) and
 * builds the model. Several sites are fetched in parallel and merged: de-duplicated by id,
 * newest first, unseen counts added up.
 */
export async function fetchNotifications(options: FetchNotificationsOptions): Promise<FeedResult> {
  const scopes: Array<string | null> = options.cloudIds?.length ? [...options.cloudIds] : [null];

  const feeds = await withCredential(options.provider, options.accountId, (credential) =>
    Promise.all(
      scopes.map((cloudId) =>
        fetchFeed({
          credential,
          readState: options.unreadOnly ? 'unread' : null,
          flat: !options.groupByTitle,
          cloudId,
          ...(options.fetch ? { fetch: options.fetch } : {}),
          ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
          ...(options.signal ? { signal: options.signal } : {}),
        }).then((feed) => ({ feed, cloudId })),
      ),
    ),
  );

  return mergeFeeds(feeds, options.accountId);
}

function mergeFeeds(
  feeds: Array<{ feed: Feed; cloudId: string | null }>,
  accountId: string,
): FeedResult {
  const byId = new Map<string, Notification>();
  const result: FeedResult = {
    notifications: [],
    unseenCount: null,
    hasMore: false,
    warnings: [],
    skipped: [],
  };

  for (const { feed, cloudId } of feeds) {
    for (const item of feed.items) {
      const notification = toNotification(item, { accountId, scopeCloudId: cloudId });
      if (!byId.has(notification.id)) {
        byId.set(notification.id, notification);
      }
    }
    if (feed.unseenCount !== null) {
      result.unseenCount = (result.unseenCount ?? 0) + feed.unseenCount;
    }
    result.hasMore ||= feed.hasMore;
    result.warnings.push(...feed.warnings);
    result.skipped.push(...feed.skipped);
  }

  result.notifications = [...byId.values()];
  if (feeds.length > 1) {
    result.notifications.sort(
      (left, right) => Date.parse(right.timestamp) - Date.parse(left.timestamp),
    );
  }
  return result;
}
