import { z } from 'zod';

/**
 * Schemas for one feed node, `InfluentsNotificationHeadItem`. Fields the schema declares
 * non-null but that the model can do without (actor, additionalActors) are accepted as null,
 * because one odd node must not hide the rest of the feed.
 */

const actorSchema = z.object({
  displayName: z.string().nullish(),
  avatarURL: z.string().nullish(),
  /** `ari:cloud:identity::user/<accountId>` for a person; other resource types for apps. */
  ari: z.string().nullish(),
});

/** Only the appearance is read: a QUOTED body item quotes the comment that was replied to. */
const bodyItemSchema = z.object({ appearance: z.string().nullish() });

const linkSchema = z.object({
  title: z.string().nullish(),
  url: z.string().nullish(),
  iconUrl: z.string().nullish(),
});

const analyticsAttributeSchema = z.object({
  key: z.string().nullish(),
  value: z.string().nullish(),
});

const isoTimestampSchema = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), { message: 'not an ISO date-time' });

export const notificationItemSchema = z.object({
  notificationId: z.string().min(1),
  timestamp: isoTimestampSchema,
  readState: z.enum(['read', 'unread']),
  category: z.enum(['direct', 'watching']),
  entityModel: z.object({ cloudId: z.string().nullish() }).nullish(),
  content: z.object({
    type: z.string(),
    message: z.string(),
    url: z.string().nullish(),
    entity: linkSchema.nullish(),
    path: z.array(linkSchema.nullish()).nullish(),
    actor: actorSchema.nullish(),
    // A malformed body is dropped rather than the item: the model only reads hints from it.
    bodyItems: z.array(bodyItemSchema.nullish()).nullish().catch(null),
  }),
  analyticsAttributes: z.array(analyticsAttributeSchema.nullish()).nullish(),
});

export const headItemSchema = z.object({
  groupId: z.string().min(1),
  groupSize: z.number().int().min(1),
  additionalActors: z.array(actorSchema.nullish()).nullish(),
  headNotification: notificationItemSchema,
});

export type RawActor = z.infer<typeof actorSchema>;
export type RawLink = z.infer<typeof linkSchema>;
export type RawAnalyticsAttribute = z.infer<typeof analyticsAttributeSchema>;
export type NotificationItem = z.infer<typeof notificationItemSchema>;
export type HeadItem = z.infer<typeof headItemSchema>;

const pageInfoSchema = z.object({
  hasNextPage: z.boolean().nullish(),
  endCursor: z.string().nullish(),
});

/** A connection whose nodes are validated one by one by the caller. */
export const connectionSchema = z.object({
  pageInfo: pageInfoSchema.nullish(),
  nodes: z.array(z.unknown()).nullish(),
});

export const feedDataSchema = z.object({
  notifications: z
    .object({
      unseenNotificationCount: z.number().int().nullish(),
      notificationFeed: connectionSchema.nullish(),
    })
    .nullish(),
});

/** A node that failed validation and was left out of the page. */
export interface SkippedItem {
  /** The notification id, else the group id, when the node has one. */
  id: string | null;
  /** The first failed field and why, such as `headNotification.readState: Invalid option`. */
  reason: string;
}

/** Validates each node on its own; a malformed node goes to `skipped`, never breaks the page. */
export function parseNodes(nodes: unknown[]): { items: HeadItem[]; skipped: SkippedItem[] } {
  const items: HeadItem[] = [];
  const skipped: SkippedItem[] = [];

  for (const node of nodes) {
    const parsed = headItemSchema.safeParse(node);
    if (parsed.success) {
      items.push(parsed.data);
    } else {
      skipped.push({ id: nodeId(node), reason: describeIssue(parsed.error) });
    }
  }
  return { items, skipped };
}

function nodeId(node: unknown): string | null {
  const loose = z
    .object({
      groupId: z.string().nullish().catch(null),
      headNotification: z
        .object({ notificationId: z.string().nullish().catch(null) })
        .nullish()
        .catch(null),
    })
    .safeParse(node);
  if (!loose.success) {
    return null;
  }
  return loose.data.headNotification?.notificationId || loose.data.groupId || null;
}

/** Describes the first failed field of a validation error, such as `content.type: Invalid input`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) {
    return 'invalid node';
  }
  const path = issue.path.length > 0 ? issue.path.join('.') : 'node';
  return `${path}: ${issue.message}`;
}
