import type { Feed } from '../atlassian/feed.ts';
import type { HeadItem, SkippedItem } from '../atlassian/feed-schema.ts';
import type { GraphqlWarning } from '../atlassian/graphql-result.ts';
import { isOpenableAtlassianUrl } from './links.ts';
import type { Notification } from './notification.ts';
import { toNotification } from './to-notification.ts';

/** One feed request series: the unscoped feed (`cloudId` null) or one site's. */
export interface ScopeResult {
  cloudId: string | null;
  feed: Feed;
}

/** A notification with the head item it was built from, for steps that read raw fields. */
export interface BuiltNotification {
  notification: Notification;
  item: HeadItem;
}

export interface MergedFeeds {
  built: BuiltNotification[];
  unseenCount: number | null;
  hasMore: boolean;
  warnings: GraphqlWarning[];
  skipped: SkippedItem[];
}

/**
 * Merges the feeds of one account's scopes: de-duplicated by notification id, the unscoped copy
 * first, newest first. The unscoped unseen count already covers every site it returns items from,
 * so a site's own count is added only when none of its items came back unscoped.
 */
export function mergeFeeds(
  scopes: readonly ScopeResult[],
  accountId: string,
  siteHosts: ReadonlyMap<string, string>,
): MergedFeeds {
  const ordered = [...scopes].sort(
    (left, right) => Number(left.cloudId !== null) - Number(right.cloudId !== null),
  );
  const byId = new Map<string, BuiltNotification>();
  const merged: MergedFeeds = {
    built: [],
    unseenCount: null,
    hasMore: false,
    warnings: [],
    skipped: [],
  };

  for (const { cloudId, feed } of ordered) {
    let overlapsEarlierScope = false;
    for (const item of feed.items) {
      const build = (scopeCloudId: string | null) =>
        toNotification(item, {
          accountId,
          scopeCloudId,
          siteHostFor: (id) => siteHosts.get(id) ?? null,
        });
      const notification = build(cloudId);
      const kept = byId.get(notification.id);
      if (!kept) {
        byId.set(notification.id, { notification, item });
        continue;
      }
      overlapsEarlierScope = true;
      // The unscoped copy stays, so marks keep going unscoped, but a site's feed names its site.
      if (kept.notification.cloudId === null && cloudId !== null) {
        kept.notification = { ...build(cloudId), scope: kept.notification.scope ?? null };
      }
    }

    if (feed.unseenCount !== null && !overlapsEarlierScope) {
      merged.unseenCount = (merged.unseenCount ?? 0) + feed.unseenCount;
    }
    merged.hasMore ||= feed.hasMore;
    merged.warnings.push(...feed.warnings);
    merged.skipped.push(...feed.skipped);
  }

  merged.built = [...byId.values()];
  if (scopes.length > 1) {
    merged.built.sort(
      (left, right) =>
        Date.parse(right.notification.timestamp) - Date.parse(left.notification.timestamp),
    );
  }
  merged.warnings = merged.warnings.map((warning) => ({
    ...warning,
    siteHost: warning.cloudId ? (siteHosts.get(warning.cloudId) ?? null) : null,
  }));
  return merged;
}

/**
 * Learns site hosts from items that name their site: the cloud id of `entityModel` with the host
 * of the item's own Atlassian links. Entries in `known` win.
 */
export function learnSiteHosts(
  scopes: readonly ScopeResult[],
  known: ReadonlyMap<string, string>,
): Map<string, string> {
  const hosts = new Map<string, string>();
  for (const { feed } of scopes) {
    for (const item of feed.items) {
      const head = item.headNotification;
      const cloudId = head.entityModel?.cloudId;
      const url = [head.content.url, head.content.entity?.url].find(isOpenableAtlassianUrl);
      if (cloudId && url && !hosts.has(cloudId)) {
        const host = new URL(url).hostname.toLowerCase();
        if (host.endsWith('.atlassian.net')) {
          hosts.set(cloudId, host);
        }
      }
    }
  }
  for (const [cloudId, host] of known) {
    hosts.set(cloudId, host);
  }
  return hosts;
}
