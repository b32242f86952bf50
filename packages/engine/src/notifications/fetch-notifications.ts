import { fetchFeed } from '../atlassian/feed.ts';
import type { SkippedItem } from '../atlassian/feed-schema.ts';
import type { GraphqlWarning } from '../atlassian/graphql-result.ts';
import { isUnauthorized, withCredential } from '../atlassian/with-credential.ts';
import type {
  AtlassianCredential,
  CredentialProvider,
} from '../credentials/atlassian-credential.ts';
import { isAtlassifyError } from '../errors/atlassify-error.ts';
import {
  type BuiltNotification,
  learnSiteHosts,
  mergeFeeds,
  type ScopeResult,
} from './merge-feeds.ts';
import type { Notification } from './notification.ts';
import { jiraProjectReference } from './product.ts';
import type { JiraProjectTypes } from './project-types.ts';

/** One account's feed in the engine's model: what a poll produces. */
export interface FeedResult {
  notifications: Notification[];
  unseenCount: number | null;
  hasMore: boolean;
  /**
   * GraphQL errors that came with data, and sites whose own feed failed while others succeeded:
   * the list may be missing some items. `siteHost` names the site when it is known.
   */
  warnings: GraphqlWarning[];
  /** Nodes that failed validation and are not in `notifications`. */
  skipped: SkippedItem[];
  /**
   * Site hosts by cloud id, the given ones and those learned from item URLs, so that a later poll
   * can name a site whose items it did not get.
   */
  siteHosts?: ReadonlyMap<string, string>;
}

export interface FetchNotificationsOptions {
  provider: CredentialProvider;
  accountId: string;
  /** True for unread items only. */
  unreadOnly: boolean;
  /** True makes the server group related items under one head item. */
  groupByTitle: boolean;
  /**
   * Sites fetched on their own besides the unscoped feed, one request series each. They add to
   * the unscoped feed and never replace it.
   */
  cloudIds?: readonly string[];
  /** Site hosts by cloud id, for naming sites in warnings and for site-root links. */
  siteHosts?: ReadonlyMap<string, string>;
  /** Refines Jira items whose product needs the project type; without it they stay Jira. */
  projectTypes?: JiraProjectTypes;
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * Fetches an account's feed through its credential provider (refreshing once after a 401) and
 * builds the model. The unscoped feed and every added site are fetched in parallel and merged. A
 * site that fails while another scope succeeds becomes a warning naming it; when every scope fails,
 * the first error is thrown, so the caller keeps its last good list.
 */
export async function fetchNotifications(options: FetchNotificationsOptions): Promise<FeedResult> {
  return withCredential(options.provider, options.accountId, async (credential) => {
    const { scopes, failures } = await fetchScopes(options, credential);
    const siteHosts = learnSiteHosts(scopes, options.siteHosts ?? new Map());
    const merged = mergeFeeds(scopes, options.accountId, siteHosts);
    await refineJiraProducts(merged.built, options, credential);

    return {
      notifications: merged.built.map(({ notification }) => notification),
      unseenCount: merged.unseenCount,
      hasMore: merged.hasMore,
      warnings: [
        ...merged.warnings,
        ...failures.map((failure) => failureWarning(failure, siteHosts)),
      ],
      skipped: merged.skipped,
      siteHosts,
    };
  });
}

interface ScopeFailure {
  cloudId: string | null;
  error: unknown;
}

async function fetchScopes(
  options: FetchNotificationsOptions,
  credential: AtlassianCredential,
): Promise<{ scopes: ScopeResult[]; failures: ScopeFailure[] }> {
  const cloudIds: Array<string | null> = [null, ...new Set(options.cloudIds ?? [])];
  const settled = await Promise.allSettled(
    cloudIds.map((cloudId) =>
      fetchFeed({
        credential,
        readState: options.unreadOnly ? 'unread' : null,
        flat: !options.groupByTitle,
        cloudId,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
        ...(options.signal ? { signal: options.signal } : {}),
      }),
    ),
  );

  const scopes: ScopeResult[] = [];
  const failures: ScopeFailure[] = [];
  settled.forEach((outcome, index) => {
    const cloudId = cloudIds[index] ?? null;
    if (outcome.status === 'fulfilled') {
      scopes.push({ cloudId, feed: outcome.value });
    } else {
      failures.push({ cloudId, error: outcome.reason });
    }
  });

  // A rejected credential or a stopped poll concerns every scope, so it is never a warning.
  const fatal = failures.find(
    ({ error }) => isUnauthorized(error) || !isAtlassifyError(error) || options.signal?.aborted,
  );
  if (scopes.length === 0 || fatal) {
    throw (fatal ?? failures[0])?.error;
  }
  return { scopes, failures };
}

function failureWarning(
  failure: ScopeFailure,
  siteHosts: ReadonlyMap<string, string>,
): GraphqlWarning {
  const error = failure.error;
  const status = isAtlassifyError(error) ? error.details.status : undefined;
  return {
    message: isAtlassifyError(error) ? error.message : 'The feed request failed.',
    path: null,
    status: typeof status === 'number' ? status : null,
    cloudId: failure.cloudId,
    siteHost: failure.cloudId ? (siteHosts.get(failure.cloudId) ?? null) : null,
  };
}

/** Replaces the product of Jira items whose project type decides it, with one lookup per key. */
async function refineJiraProducts(
  built: BuiltNotification[],
  options: FetchNotificationsOptions,
  credential: AtlassianCredential,
): Promise<void> {
  if (!options.projectTypes) {
    return;
  }
  const pending = built.flatMap(({ notification, item }) => {
    const reference = jiraProjectReference(item.headNotification);
    return reference ? [{ notification, reference, scopeCloudId: notification.scope ?? null }] : [];
  });
  if (pending.length === 0) {
    return;
  }

  const products = await options.projectTypes.resolve(pending, credential, options.signal);
  for (const { notification, reference } of pending) {
    notification.product = products.get(reference) ?? notification.product;
  }
}
