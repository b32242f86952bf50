import type { GraphQLResolveInfo } from 'graphql';
import { applyBodyItemsQuirk } from '../notifications/body-items-quirk.ts';
import { matchesFilter } from '../notifications/filter.ts';
import { toHeadItems } from '../notifications/grouping.ts';
import type { Category, ReadState } from '../notifications/item-schema.ts';
import { InvalidCursorError, type PageRequest, takePage } from '../notifications/paging.ts';
import { positionOf } from '../notifications/store.ts';
import {
  checkPageSize,
  type GraphQLContext,
  type NotificationsRoot,
  resolveSiteScope,
} from './context.ts';
import { badRequestError } from './errors.ts';
import { selectsFieldBelow } from './selection.ts';

interface FilterInput {
  workspaceId?: string | null;
  categoryFilter?: Category | null;
  readStateFilter?: ReadState | null;
  productFilter?: string | null;
}

interface ConnectionArgs {
  filter?: FilterInput | null;
  first?: number | null;
  after?: string | null;
  collabContextRoutingAri?: string | null;
}

interface FeedArgs extends ConnectionArgs {
  flat?: boolean | null;
}

interface GroupArgs extends ConnectionArgs {
  groupId: string;
}

interface UnseenCountArgs {
  workspaceId?: string | null;
  product?: string | null;
  collabContextRoutingAri?: string | null;
}

/** Resolvers of `InfluentsNotificationQuery`. */
export const notificationQueryResolvers = {
  unseenNotificationCount(root: NotificationsRoot, args: UnseenCountArgs, context: GraphQLContext) {
    const cloudId = resolveSiteScope(context, root.user, args);
    const records = context.state.notifications.list(root.user.accountId);
    return records.filter(
      (record) =>
        !record.seen &&
        record.item.readState === 'unread' &&
        matchesFilter(record, { cloudId, product: args.product }),
    ).length;
  },

  notificationFeed(
    root: NotificationsRoot,
    args: FeedArgs,
    context: GraphQLContext,
    info: GraphQLResolveInfo,
  ) {
    const selected = selectRecords(root, args, context);
    const records = selectsFieldBelow(info, 'bodyItems') ? selected : applyBodyItemsQuirk(selected);
    const heads = toHeadItems(records, args.flat ?? true);
    return pageOrError(() =>
      takePage(heads, (head) => positionOf(head.headNotification), pageRequest(args, context)),
    );
  },

  notificationGroup(root: NotificationsRoot, args: GroupArgs, context: GraphQLContext) {
    const items = selectRecords(root, args, context)
      .filter((record) => record.groupId === args.groupId)
      .map((record) => record.item);
    const request = pageRequest(args, context);
    const limit = context.state.switches.groupPageSize;
    const capped = limit === null ? request : { ...request, first: Math.min(request.first, limit) };
    return pageOrError(() => takePage(items, positionOf, capped));
  },
};

function selectRecords(root: NotificationsRoot, args: ConnectionArgs, context: GraphQLContext) {
  const cloudId = resolveSiteScope(context, root.user, {
    collabContextRoutingAri: args.collabContextRoutingAri,
    workspaceId: args.filter?.workspaceId,
  });
  const filter = {
    cloudId,
    readState: args.filter?.readStateFilter,
    category: args.filter?.categoryFilter,
    product: args.filter?.productFilter,
  };
  return context.state.notifications
    .list(root.user.accountId)
    .filter((record) => matchesFilter(record, filter));
}

function pageRequest(args: ConnectionArgs, context: GraphQLContext): PageRequest {
  return {
    first: checkPageSize(args.first),
    after: args.after ?? null,
    hasNextPageOnLastPage: context.state.switches.hasNextPageOnLastPage,
  };
}

function pageOrError<T>(cut: () => T): T {
  try {
    return cut();
  } catch (error) {
    if (error instanceof InvalidCursorError) {
      throw badRequestError(error.message);
    }
    throw error;
  }
}
