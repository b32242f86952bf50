import type { NotificationItem } from '../atlassian/feed-schema.ts';
import type { ActorKind, Engagement, ProductSlug } from './notification.ts';
import {
  actorKindFromName,
  engagementFromMessage,
  isRovoDevPullRequestMessage,
  isScorecardMessage,
} from './text-signals.ts';

/**
 * Classifies how the user took part. Structured fields come first: the words of `content.type`
 * (such as `jira:comment-mention`), then a QUOTED body item, which quotes the comment that was
 * replied to. The message text is the fallback.
 */
export function classifyEngagement(item: NotificationItem): Engagement | null {
  const fromType = engagementFromType(item.content.type);
  if (fromType) {
    return fromType;
  }
  if (item.content.bodyItems?.some((body) => body?.appearance?.toUpperCase() === 'QUOTED')) {
    return 'comment';
  }
  return engagementFromMessage(item.content.message);
}

// NOTE: Atlassian does not document the `content.type` vocabulary. The words matched here are
// the ones seen in type strings such as `jira:comment-mention` and `confluence:blogpost-reaction`.
function engagementFromType(type: string): Engagement | null {
  const words = new Set(type.toLowerCase().split(/[^a-z]+/));
  if (words.has('mention') || words.has('mentioned') || words.has('mentions')) {
    return 'mention';
  }
  if (words.has('reaction') || words.has('reacted') || words.has('reactions')) {
    return 'reaction';
  }
  if (
    words.has('comment') ||
    words.has('commented') ||
    words.has('reply') ||
    words.has('replied')
  ) {
    return 'comment';
  }
  return null;
}

/**
 * Classifies who caused the item. An actor ARI that names an app, a bot or a Rovo agent decides
 * first. Atlassian's automation and Rovo senders often come as ordinary user accounts, so a user
 * ARI decides nothing and the product and the display name are read next.
 */
export function classifyActorKind(item: NotificationItem, product: ProductSlug): ActorKind {
  const fromAri = actorKindFromAri(item.content.actor?.ari);
  if (fromAri) {
    return fromAri;
  }
  if (product === 'rovo' || product === 'rovo_dev') {
    return 'rovo';
  }

  const fromName = actorKindFromName(item.content.actor?.displayName);
  if (fromName) {
    return fromName;
  }
  if (product === 'compass' && isScorecardMessage(item.content.message)) {
    return 'automation';
  }
  if (product === 'bitbucket' && isRovoDevPullRequestMessage(item.content.message)) {
    return 'rovo';
  }
  return 'user';
}

// NOTE: ARIs have the form `ari:cloud:<owner>::<resource type>/<id>`. Only `identity::user` is
// seen in feed payloads so far; the app, bot and Rovo agent forms matched here are assumptions.
function actorKindFromAri(ari: string | null | undefined): ActorKind | null {
  const match = ari?.toLowerCase().match(/^ari:cloud:([a-z-]+):[^:]*:([a-z-]+)\//);
  if (!match) {
    return null;
  }
  const [, owner, resourceType] = match;
  if (owner === 'rovo' || resourceType === 'agent') {
    return 'rovo';
  }
  if (resourceType === 'app' || resourceType === 'bot' || resourceType === 'integration') {
    return 'automation';
  }
  return null;
}
