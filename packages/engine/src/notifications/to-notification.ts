import type { HeadItem, RawActor, RawLink } from '../atlassian/feed-schema.ts';
import { classifyActorKind, classifyEngagement } from './classify.ts';
import { chooseOpenLink } from './links.ts';
import type { Actor, Link, Notification } from './notification.ts';
import { inferProduct } from './product.ts';

/** Shown for an actor whose name is missing, never the text "null". */
export const unknownActorName = 'Someone';

export interface ToNotificationOptions {
  accountId: string;
  /** The site the feed was scoped to; used when the item does not name its own. */
  scopeCloudId?: string | null;
  /** Returns a site's host, such as `acme.atlassian.net`, for the site-root link; null if unknown. */
  siteHostFor?: (cloudId: string) => string | null;
}

/** Builds the engine's model from one feed head item. Never throws on null optional fields. */
export function toNotification(headItem: HeadItem, options: ToNotificationOptions): Notification {
  const item = headItem.headNotification;
  const content = item.content;
  const entity = toLink(content.entity);
  const path = toLink(content.path?.find((link) => link) ?? null);
  const url = nonEmpty(content.url);
  const cloudId = nonEmpty(item.entityModel?.cloudId) ?? options.scopeCloudId ?? null;
  const siteHost = cloudId ? options.siteHostFor?.(cloudId) : null;
  const product = inferProduct(item);
  const open = chooseOpenLink([
    { source: 'entity', url: entity?.url },
    { source: 'notification', url },
    { source: 'path', url: path?.url },
    { source: 'site', url: siteHost ? `https://${siteHost}/` : null },
  ]);

  return {
    id: item.notificationId,
    accountId: options.accountId,
    groupId: headItem.groupId,
    groupSize: headItem.groupSize,
    additionalActors: (headItem.additionalActors ?? []).map(toActor),
    timestamp: item.timestamp,
    readState: item.readState,
    category: item.category,
    product,
    type: content.type,
    message: content.message,
    actor: toActor(content.actor),
    entity,
    path,
    url,
    cloudId,
    openUrl: open.url,
    openUrlSource: open.source,
    engagement: classifyEngagement(item),
    actorKind: classifyActorKind(item, product),
    scope: options.scopeCloudId ?? null,
  };
}

function toActor(actor: RawActor | null | undefined): Actor {
  return {
    displayName: actor?.displayName?.trim() || unknownActorName,
    avatarUrl: nonEmpty(actor?.avatarURL),
  };
}

function toLink(link: RawLink | null | undefined): Link | null {
  if (!link) {
    return null;
  }
  return { title: nonEmpty(link.title), url: nonEmpty(link.url), iconUrl: nonEmpty(link.iconUrl) };
}

/** Maps null, undefined and blank strings to null, so no caller parses an empty URL. */
function nonEmpty(value: string | null | undefined): string | null {
  return value && value.trim() !== '' ? value : null;
}
