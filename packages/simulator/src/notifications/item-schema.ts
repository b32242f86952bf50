import { z } from 'zod';

// Shapes of the Influents notification types, as Atlassian's GraphQL gateway returns them. The
// zod output types are the stored form, so every nullable field is present (null when absent).

const nullableString = () => z.string().nullable().default(null);

export const actorSchema = z.strictObject({
  displayName: nullableString(),
  avatarURL: nullableString(),
  ari: nullableString(),
  actorType: z.enum(['animated', 'url']).nullable().default(null),
});

const linkSchema = z.strictObject({
  title: nullableString(),
  url: nullableString(),
  iconUrl: nullableString(),
});

const actionSchema = z.strictObject({
  title: z.string(),
  url: nullableString(),
  appearance: z
    .enum(['DEFAULT', 'PRIMARY', 'LINK', 'SUBTLE', 'WARNING', 'DANGER'])
    .nullable()
    .default(null),
});

const bodyItemSchema = z.strictObject({
  type: nullableString(),
  appearance: z.enum(['PRIMARY', 'QUOTED']).nullable().default(null),
  document: z
    .strictObject({ format: nullableString(), data: nullableString() })
    .nullable()
    .default(null),
  author: actorSchema.nullable().default(null),
});

const templateVariableSchema = z.strictObject({
  name: nullableString(),
  type: nullableString(),
  id: nullableString(),
  fallback: nullableString(),
});

const contentSchema = z.strictObject({
  type: z.string().min(1),
  message: z.string(),
  url: nullableString(),
  actor: actorSchema,
  entity: linkSchema.nullable().default(null),
  path: z.array(linkSchema).nullable().default(null),
  actions: z.array(actionSchema).nullable().default(null),
  bodyItems: z.array(bodyItemSchema).nullable().default(null),
  templateVariables: z.array(templateVariableSchema).nullable().default(null),
});

const entityModelSchema = z.strictObject({
  objectId: z.string().min(1),
  containerId: nullableString(),
  workspaceId: nullableString(),
  cloudId: nullableString(),
});

const analyticsAttributeSchema = z.strictObject({ key: nullableString(), value: nullableString() });

const notificationIdSchema = z.string().min(1).max(256);

/** One notification (`InfluentsNotificationItem`). */
export const notificationItemSchema = z.strictObject({
  notificationId: notificationIdSchema,
  timestamp: z.iso.datetime({ offset: true }),
  readState: z.enum(['read', 'unread']),
  category: z.enum(['direct', 'watching']),
  workspaceId: nullableString(),
  entityModel: entityModelSchema.nullable().default(null),
  content: contentSchema,
  analyticsAttributes: z.array(analyticsAttributeSchema).nullable().default(null),
});

/**
 * One feed node (`InfluentsNotificationHeadItem`) as tests post it. The simulator derives
 * `groupSize`, `additionalActors`, `additionalTypes`, `readStates` and `endCursor` from what it
 * stores, so those fields are accepted and ignored. A missing id, timestamp, read state or
 * category gets a generated id, the simulator clock's time, `unread` and `direct`.
 */
export const feedItemInputSchema = z.strictObject({
  groupId: z.string().min(1).max(256).optional(),
  groupSize: z.number().int().min(1).optional(),
  additionalActors: z.array(actorSchema).optional(),
  additionalTypes: z.array(z.string()).optional(),
  readStates: z.array(z.string().nullable()).nullable().optional(),
  endCursor: z.string().nullable().optional(),
  headNotification: notificationItemSchema.extend({
    notificationId: notificationIdSchema.optional(),
    timestamp: z.iso.datetime({ offset: true }).optional(),
    readState: z.enum(['read', 'unread']).default('unread'),
    category: z.enum(['direct', 'watching']).default('direct'),
  }),
});

export type NotificationActor = z.output<typeof actorSchema>;
export type NotificationItem = z.output<typeof notificationItemSchema>;
export type FeedItemInput = z.input<typeof feedItemInputSchema>;
export type ReadState = NotificationItem['readState'];
export type Category = NotificationItem['category'];
