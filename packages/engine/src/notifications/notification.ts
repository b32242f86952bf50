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

export type ReadState = 'read' | 'unread';
export type Category = 'direct' | 'watching';

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
  /** The site the item belongs to, when the payload says. */
  cloudId: string | null;
  /** The safe URL to open: an https URL on an Atlassian host. */
  openUrl: string;
}
