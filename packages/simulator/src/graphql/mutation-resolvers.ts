import { matchesFilter } from '../notifications/filter.ts';
import type { Category, ReadState } from '../notifications/item-schema.ts';
import {
  compareFeedPositions,
  positionOf,
  type StoredNotification,
} from '../notifications/store.ts';
import { type GraphQLContext, type NotificationsRoot, resolveSiteScope } from './context.ts';
import { badRequestError, notFoundError, serviceUnavailableError } from './errors.ts';

interface IdsArgs {
  ids: string[];
  collabContextRoutingAri?: string | null;
}

interface GroupArgs {
  groupId: string;
  category?: Category | null;
  beforeInclusive?: string | null;
  collabContextRoutingAri?: string | null;
}

interface BulkArgs {
  category?: Category | null;
  product?: string | null;
  workspaceId?: string | null;
  beforeInclusive?: string | null;
  beforeInclusiveTimestamp?: string | null;
  collabContextRoutingAri?: string | null;
}

const MAX_IDS = 100;

// NOTE: Atlassian documents neither what these mutations return nor how they treat unknown ids.
// Here each returns the number of notifications it matched, as a decimal string. An id that does
// not exist in the request's site scope fails the whole call with a NOT_FOUND error that names
// it, and nothing changes.

/** Resolvers of `InfluentsNotificationMutation`. */
export const notificationMutationResolvers = {
  markNotificationsByIdsAsRead: (root: NotificationsRoot, args: IdsArgs, context: GraphQLContext) =>
    setReadState(selectByIds(root, args, context), 'read', context),

  markNotificationsByIdsAsUnread: (
    root: NotificationsRoot,
    args: IdsArgs,
    context: GraphQLContext,
  ) => setReadState(selectByIds(root, args, context), 'unread', context),

  markNotificationsByGroupIdAsRead: (
    root: NotificationsRoot,
    args: GroupArgs,
    context: GraphQLContext,
  ) => setReadState(selectByGroup(root, args, context), 'read'),

  markNotificationsByGroupIdAsUnread: (
    root: NotificationsRoot,
    args: GroupArgs,
    context: GraphQLContext,
  ) => setReadState(selectByGroup(root, args, context), 'unread'),

  markNotificationsAsRead: (root: NotificationsRoot, args: BulkArgs, context: GraphQLContext) =>
    setReadState(selectInBulk(root, args, context), 'read'),

  markNotificationsAsUnread: (root: NotificationsRoot, args: BulkArgs, context: GraphQLContext) =>
    setReadState(selectInBulk(root, args, context), 'unread'),

  archiveNotifications(root: NotificationsRoot, args: IdsArgs, context: GraphQLContext) {
    const records = selectByIds(root, args, context);
    for (const record of records) {
      context.state.notifications.remove(root.user.accountId, record.item.notificationId);
    }
    return String(records.length);
  },

  clearUnseenCount(root: NotificationsRoot, args: BulkArgs, context: GraphQLContext) {
    const cloudId = resolveSiteScope(context, root.user, args);
    const records = context.state.notifications
      .list(root.user.accountId)
      .filter(
        (record) => !record.seen && matchesFilter(record, { cloudId, product: args.product }),
      );
    for (const record of records) {
      record.seen = true;
    }
    return String(records.length);
  },
};

function setReadState(
  records: StoredNotification[],
  readState: ReadState,
  context?: GraphQLContext,
): string {
  if (context?.state.switches.failMarkMutations) {
    throw serviceUnavailableError('Downstream service unavailable. Nothing was changed.');
  }
  for (const record of records) {
    record.item.readState = readState;
    if (readState === 'read') {
      record.seen = true;
    }
  }
  return String(records.length);
}

function selectByIds(root: NotificationsRoot, args: IdsArgs, context: GraphQLContext) {
  if (args.ids.length < 1 || args.ids.length > MAX_IDS) {
    throw badRequestError(
      `ids must hold 1 to ${MAX_IDS} notification ids; got ${args.ids.length}.`,
    );
  }
  const repeated = args.ids.filter((id, index) => args.ids.indexOf(id) !== index);
  if (repeated.length > 0) {
    throw badRequestError(`ids must be unique; repeated: ${[...new Set(repeated)].join(', ')}.`);
  }

  const cloudId = resolveSiteScope(context, root.user, args);
  const found: StoredNotification[] = [];
  const missing: string[] = [];
  for (const id of args.ids) {
    const record = context.state.notifications.find(root.user.accountId, id);
    if (record && matchesFilter(record, { cloudId })) {
      found.push(record);
    } else {
      missing.push(id);
    }
  }
  if (missing.length > 0) {
    throw notFoundError(
      `No notification found for these ids: ${missing.join(', ')}. Nothing was changed.`,
    );
  }
  return found;
}

function selectByGroup(root: NotificationsRoot, args: GroupArgs, context: GraphQLContext) {
  const cloudId = resolveSiteScope(context, root.user, args);
  const members = context.state.notifications
    .list(root.user.accountId)
    .filter(
      (record) =>
        record.groupId === args.groupId &&
        matchesFilter(record, { cloudId, category: args.category }),
    );
  if (members.length === 0) {
    throw notFoundError(`No notification found in group "${args.groupId}". Nothing was changed.`);
  }
  if (!args.beforeInclusive) {
    return members;
  }
  const pivot = findPivot(root, args.beforeInclusive, context);
  return members.filter((record) => compareFeedPositions(positionOf(record.item), pivot) >= 0);
}

/** Selects the notifications of a "mark all": the filter, up to one id or one point in time. */
function selectInBulk(root: NotificationsRoot, args: BulkArgs, context: GraphQLContext) {
  const hasId = Boolean(args.beforeInclusive);
  const hasTimestamp = Boolean(args.beforeInclusiveTimestamp);
  if (hasId === hasTimestamp) {
    throw badRequestError(
      'Send exactly one of beforeInclusive (a notification id) and beforeInclusiveTimestamp.',
    );
  }
  const cloudId = resolveSiteScope(context, root.user, args);
  const filter = { cloudId, category: args.category, product: args.product };
  const records = context.state.notifications
    .list(root.user.accountId)
    .filter((record) => matchesFilter(record, filter));

  if (args.beforeInclusive) {
    const pivot = findPivot(root, args.beforeInclusive, context);
    return records.filter((record) => compareFeedPositions(positionOf(record.item), pivot) >= 0);
  }
  const limitMs = Date.parse(args.beforeInclusiveTimestamp ?? '');
  if (Number.isNaN(limitMs)) {
    throw badRequestError(
      `beforeInclusiveTimestamp "${args.beforeInclusiveTimestamp}" is not an ISO 8601 date-time.`,
    );
  }
  return records.filter((record) => positionOf(record.item).timeMs <= limitMs);
}

function findPivot(root: NotificationsRoot, notificationId: string, context: GraphQLContext) {
  const pivot = context.state.notifications.find(root.user.accountId, notificationId);
  if (!pivot) {
    throw notFoundError(
      `No notification found for beforeInclusive id ${notificationId}. Nothing was changed.`,
    );
  }
  return positionOf(pivot.item);
}
