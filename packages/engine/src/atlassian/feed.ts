import { myNotificationsDocument, siteAri } from './documents.ts';
import { feedDataSchema, type HeadItem, parseNodes, type SkippedItem } from './feed-schema.ts';
import { postGraphql, type TransportOptions } from './graphql-client.ts';
import {
  badResponse,
  errorFromWarnings,
  type GraphqlWarning,
  type ParseContext,
  parseGraphqlResult,
} from './graphql-result.ts';

/** Page size; the gateway serves at most 100 nodes per page. */
export const feedPageSize = 100;
/** Maximum nodes one feed fetch collects, so a large backlog costs at most 10 requests. */
export const feedItemCap = 1_000;

const operationName = 'MyNotifications';

export interface FeedQuery {
  /** `unread` for unread items only; null for read and unread. */
  readState: 'unread' | null;
  /** False makes the server group related items under one head item. */
  flat: boolean;
  /** Scopes the feed to one site; null or absent for all the user's sites. */
  cloudId?: string | null;
}

export interface FeedPageRequest extends TransportOptions, FeedQuery {
  after?: string | null;
  first?: number;
}

export interface FeedPage {
  items: HeadItem[];
  skipped: SkippedItem[];
  /** Nodes on the page, valid or not; paging compares it with the page size. */
  nodeCount: number;
  unseenCount: number | null;
  hasNextPage: boolean;
  endCursor: string | null;
  warnings: GraphqlWarning[];
}

export interface Feed {
  /** Head items, newest first as the server sent them, de-duplicated by notification id. */
  items: HeadItem[];
  skipped: SkippedItem[];
  unseenCount: number | null;
  /** True when the item cap stopped paging while the server had more. */
  hasMore: boolean;
  warnings: GraphqlWarning[];
  pageCount: number;
}

/** Sends one `MyNotifications` page request and returns the raw JSON. */
export function requestMyNotifications(request: FeedPageRequest): Promise<unknown> {
  return postGraphql({
    ...request,
    query: myNotificationsDocument,
    variables: {
      readState: request.readState,
      flat: request.flat,
      first: request.first ?? feedPageSize,
      after: request.after ?? undefined,
      collabContextRoutingAri: request.cloudId ? siteAri(request.cloudId) : undefined,
    },
  });
}

/**
 * Validates one `MyNotifications` response. GraphQL errors next to nodes become warnings; errors
 * with no nodes at all throw, so a failed fetch never looks like an empty feed.
 */
export function parseMyNotificationsPage(json: unknown, context: ParseContext = {}): FeedPage {
  const { data, warnings } = parseGraphqlResult(json, operationName, context);
  const parsed = feedDataSchema.safeParse(data);
  if (!parsed.success) {
    throw badResponse(
      `The ${operationName} response does not have the expected shape.`,
      operationName,
    );
  }

  const feed = parsed.data.notifications?.notificationFeed;
  const nodes = feed?.nodes ?? [];
  if (nodes.length === 0 && warnings.length > 0) {
    throw errorFromWarnings(warnings, operationName, context);
  }

  const { items, skipped } = parseNodes(nodes);
  return {
    items,
    skipped,
    nodeCount: nodes.length,
    unseenCount: parsed.data.notifications?.unseenNotificationCount ?? null,
    hasNextPage: feed?.pageInfo?.hasNextPage ?? false,
    endCursor: feed?.pageInfo?.endCursor ?? null,
    warnings,
  };
}

/**
 * Fetches the feed page by page with the cursor. Stops on a short page, a null `endCursor`,
 * `hasNextPage: false` or the item cap. `hasNextPage: true` alone does not continue paging,
 * because the gateway also reports it on the last page.
 */
export async function fetchFeed(request: TransportOptions & FeedQuery): Promise<Feed> {
  const context = { credentialKind: request.credential.kind };
  const feed: Feed = {
    items: [],
    skipped: [],
    unseenCount: null,
    hasMore: false,
    warnings: [],
    pageCount: 0,
  };
  const seenIds = new Set<string>();
  let after: string | null = null;
  let nodeTotal = 0;

  for (;;) {
    const page = parseMyNotificationsPage(
      await requestMyNotifications({ ...request, after }),
      context,
    );
    feed.pageCount += 1;
    feed.unseenCount ??= page.unseenCount;
    feed.skipped.push(...page.skipped);
    feed.warnings.push(...page.warnings);
    for (const item of page.items) {
      if (!seenIds.has(item.headNotification.notificationId)) {
        seenIds.add(item.headNotification.notificationId);
        feed.items.push(item);
      }
    }

    nodeTotal += page.nodeCount;
    const pageWasFull = page.nodeCount >= feedPageSize;
    const serverHasMore = pageWasFull && page.endCursor !== null && page.hasNextPage;
    if (!serverHasMore) {
      return feed;
    }
    if (nodeTotal >= feedItemCap) {
      feed.hasMore = true;
      return feed;
    }
    after = page.endCursor;
  }
}
