import { createHash } from 'node:crypto';
import { siteAri } from '../accounts/site-ari.ts';
import type { Site } from '../accounts/types.ts';
import type {
  Category,
  NotificationActor,
  NotificationItem,
  ReadState,
} from '../notifications/item-schema.ts';
import type { StoredNotification } from '../notifications/store.ts';

type Content = NotificationItem['content'];
type Link = NonNullable<Content['entity']>;

/** A seeded notification, written compactly; `buildSeedRecord` expands it to the stored form. */
export interface SeedSpec {
  /** Sequence number; it fixes the notification id, so ids are stable across runs. */
  seq: number;
  minutesAgo: number;
  site: Site;
  /** Items with the same key share a server group. Default: a group of their own. */
  groupKey?: string;
  readState?: ReadState;
  category?: Category;
  type: string;
  message: string;
  url: string | null;
  actor: NotificationActor;
  entity?: Link | null;
  path?: Link[] | null;
  /** `registrationProduct`, `subProduct` and the like; null sends `analyticsAttributes: null`. */
  attributes: Record<string, string> | null;
  entityObjectId?: string;
  bodyItems?: Content['bodyItems'];
  actions?: Content['actions'];
  templateVariables?: Content['templateVariables'];
}

/** Formats a deterministic, opaque, UUID-shaped id from a seed key. */
export function seedUuid(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  return [
    hex.slice(0, 8),
    hex.slice(8, 12),
    `4${hex.slice(13, 16)}`,
    `8${hex.slice(17, 20)}`,
    hex.slice(20, 32),
  ].join('-');
}

export function link(
  title: string | null,
  url: string | null,
  iconUrl: string | null = null,
): Link {
  return { title, url, iconUrl };
}

/** Builds `bodyItems` holding one comment as an Atlassian Document Format document. */
export function commentBody(
  text: string,
  author: NotificationActor,
  appearance: 'PRIMARY' | 'QUOTED' = 'PRIMARY',
): NonNullable<Content['bodyItems']> {
  const document = {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
  return [
    {
      type: 'comment',
      appearance,
      document: { format: 'ADF', data: JSON.stringify(document) },
      author,
    },
  ];
}

export function buildSeedRecord(spec: SeedSpec, nowMs: number): StoredNotification {
  const readState = spec.readState ?? 'unread';
  const attributes = spec.attributes;
  const item: NotificationItem = {
    notificationId: seedUuid(`notification:${spec.seq}`),
    timestamp: new Date(nowMs - spec.minutesAgo * 60_000).toISOString(),
    readState,
    category: spec.category ?? 'direct',
    workspaceId: siteAri(spec.site.cloudId),
    entityModel: spec.entityObjectId
      ? {
          objectId: spec.entityObjectId,
          containerId: null,
          workspaceId: siteAri(spec.site.cloudId),
          cloudId: spec.site.cloudId,
        }
      : null,
    content: {
      type: spec.type,
      message: spec.message,
      url: spec.url,
      actor: spec.actor,
      entity: spec.entity === undefined ? null : spec.entity,
      path: spec.path === undefined ? [] : spec.path,
      actions: spec.actions ?? null,
      bodyItems: spec.bodyItems ?? null,
      templateVariables: spec.templateVariables ?? null,
    },
    analyticsAttributes: attributes
      ? Object.entries(attributes).map(([key, value]) => ({ key, value }))
      : null,
  };

  return {
    item,
    groupId: seedUuid(`group:${spec.groupKey ?? `single-${spec.seq}`}`),
    cloudId: spec.site.cloudId,
    seen: readState === 'read',
  };
}
