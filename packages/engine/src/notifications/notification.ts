/** Product slugs. `unknown` is shown as "Other". */
export const productSlugs = [
  'jira',
  'jira_service_management',
  'jira_product_discovery',
  'confluence',
  'compass',
  'bitbucket',
  'home',
  'rovo',
  'rovo_dev',
  'teams',
  'unknown',
] as const;
export type ProductSlug = (typeof productSlugs)[number];

export const readStates = ['unread', 'read'] as const;
export type ReadState = (typeof readStates)[number];

export const categories = ['direct', 'watching'] as const;
export type Category = (typeof categories)[number];

/** The user's part in an item: a mention, a comment or reply, or a reaction. */
export const engagements = ['mention', 'comment', 'reaction'] as const;
export type Engagement = (typeof engagements)[number];

/** The kind of actor that caused an item: a person, Rovo (Atlassian's AI agents) or a bot. */
export const actorKinds = ['user', 'rovo', 'automation'] as const;
export type ActorKind = (typeof actorKinds)[number];

/**
 * The source of `openUrl`; the sources are tried in this order. `notifications-page` means the item has
 * no usable link of its own, so opening it does not mark it read.
 */
export type OpenUrlSource = 'entity' | 'notification' | 'path' | 'site' | 'notifications-page';

export interface Actor {
  /** Never null: a missing name becomes a neutral placeholder when the model is built. */
  displayName: string;
  avatarUrl: string | null;
}

export interface Link {
  title: string | null;
  url: string | null;
  iconUrl: string | null;
}

/**
 * One feed row: a notification (or the head of a server-side group) in the engine's model.
 * Built from Atlassian's `InfluentsNotificationHeadItem`.
 */
export interface Notification {
  id: string;
  accountId: string;
  groupId: string;
  /** Members in the server group, this one included; 1 when not grouped. */
  groupSize: number;
  additionalActors: Actor[];
  timestamp: string;
  readState: ReadState;
  category: Category;
  product: ProductSlug;
  /** Atlassian's `content.type`, a free string such as `jira-issue-assigned`. */
  type: string;
  message: string;
  actor: Actor;
  entity: Link | null;
  /** The first `content.path` item, the container (space, issue, repository). */
  path: Link | null;
  url: string | null;
  /** The site the item belongs to, when the payload names it. */
  cloudId: string | null;
  /** The safe URL to open: an https URL on an Atlassian host. */
  openUrl: string;
  // NOTE: the fields below are optional only so that window code written before them still
  // compiles. The engine sets every one of them on every notification it builds.
  openUrlSource?: OpenUrlSource;
  /** The user's engagement; null for an item that is no mention, comment or reaction. */
  engagement?: Engagement | null;
  actorKind?: ActorKind;
  /** The site scope (cloud id) of the feed request that returned it; null for the unscoped feed. */
  scope?: string | null;
}
