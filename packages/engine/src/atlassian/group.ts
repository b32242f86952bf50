import { z } from 'zod';

import {
  notificationGroupMembersDocument,
  retrieveNotificationsByGroupIdDocument,
  siteAri,
} from './documents.ts';
import {
  connectionSchema,
  describeIssue,
  type NotificationItem,
  notificationItemSchema,
  type SkippedItem,
} from './feed-schema.ts';
import { postGraphql, type TransportOptions } from './graphql-client.ts';
import { badResponse, type ParseContext, parseGraphqlResult } from './graphql-result.ts';

const operationName = 'RetrieveNotificationsByGroupId';
const groupPageSize = 100;
/** Stops a server that keeps returning cursors from holding a lookup open forever. */
const maxGroupPages = 50;

export interface GroupPageRequest extends TransportOptions {
  groupId: string;
  first?: number;
  after?: string | null;
  /** `unread` or `read` to list only members in that state; null for all members. */
  readState: 'unread' | 'read' | null;
  cloudId?: string | null;
}

export interface GroupMember {
  notificationId: string;
  readState: 'read' | 'unread';
}

export interface GroupPage {
  members: GroupMember[];
  nodeCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const groupDataSchema = z.object({
  notifications: z.object({ notificationGroup: connectionSchema.nullish() }).nullish(),
});

const memberSchema = z.object({
  notificationId: z.string().min(1),
  readState: z.enum(['read', 'unread']),
});

/** Sends one `RetrieveNotificationsByGroupId` page request and returns the raw JSON. */
export function requestNotificationGroup(request: GroupPageRequest): Promise<unknown> {
  return postGraphql({
    ...request,
    query: retrieveNotificationsByGroupIdDocument,
    variables: {
      groupId: request.groupId,
      first: request.first ?? groupPageSize,
      after: request.after ?? undefined,
      readState: request.readState,
      collabContextRoutingAri: request.cloudId ? siteAri(request.cloudId) : undefined,
    },
  });
}

/** Validates one group page. Members without an id are left out; they cannot be marked anyway. */
export function parseNotificationGroupPage(json: unknown, context: ParseContext = {}): GroupPage {
  const { data } = parseGraphqlResult(json, operationName, context);
  const parsed = groupDataSchema.safeParse(data);
  if (!parsed.success) {
    throw badResponse(
      `The ${operationName} response does not have the expected shape.`,
      operationName,
    );
  }

  const group = parsed.data.notifications?.notificationGroup;
  const nodes = group?.nodes ?? [];
  const members: GroupMember[] = [];
  for (const node of nodes) {
    const member = memberSchema.safeParse(node);
    if (member.success) {
      members.push(member.data);
    }
  }

  return {
    members,
    nodeCount: nodes.length,
    hasNextPage: group?.pageInfo?.hasNextPage ?? false,
    endCursor: group?.pageInfo?.endCursor ?? null,
  };
}

/**
 * Lists the distinct member ids of a group, paging until the server has no more, so marking a
 * large group read covers every member. `groupSize` also stops the paging once that many ids are
 * collected. Pass it only when the group was counted with the same read-state filter, because a
 * count over fewer members would stop too early.
 */
export async function fetchGroupMemberIds(
  request: Omit<GroupPageRequest, 'first' | 'after'> & { groupSize?: number },
): Promise<string[]> {
  const context = { credentialKind: request.credential.kind };
  const ids = new Set<string>();
  let after: string | null = null;

  for (let pageIndex = 0; pageIndex < maxGroupPages; pageIndex += 1) {
    const json = await requestNotificationGroup({ ...request, first: groupPageSize, after });
    const page = parseNotificationGroupPage(json, context);
    for (const member of page.members) {
      ids.add(member.notificationId);
    }

    // The page size is not a stop signal here: the gateway may serve fewer than `first` per
    // page. `groupSize` bounds the loop when it reports `hasNextPage: true` on the last page.
    if (
      (request.groupSize !== undefined && ids.size >= request.groupSize) ||
      page.nodeCount === 0 ||
      !page.hasNextPage ||
      page.endCursor === null
    ) {
      break;
    }
    after = page.endCursor;
  }
  return [...ids];
}

export interface GroupMembers {
  /** Members that passed validation, newest first as the server sent them. */
  items: NotificationItem[];
  skipped: SkippedItem[];
}

/** Sends one `NotificationGroupMembers` page request and returns the raw JSON. */
export function requestNotificationGroupMembers(request: GroupPageRequest): Promise<unknown> {
  return postGraphql({
    ...request,
    query: notificationGroupMembersDocument,
    variables: {
      groupId: request.groupId,
      first: request.first ?? groupPageSize,
      after: request.after ?? undefined,
      readState: request.readState,
      collabContextRoutingAri: request.cloudId ? siteAri(request.cloudId) : undefined,
    },
  });
}

/** Validates one page of full group members; a malformed member is skipped, never the page. */
export function parseNotificationGroupMembersPage(
  json: unknown,
  context: ParseContext = {},
): GroupMembers & { nodeCount: number; hasNextPage: boolean; endCursor: string | null } {
  const name = 'NotificationGroupMembers';
  const { data } = parseGraphqlResult(json, name, context);
  const parsed = groupDataSchema.safeParse(data);
  if (!parsed.success) {
    throw badResponse(`The ${name} response does not have the expected shape.`, name);
  }

  const group = parsed.data.notifications?.notificationGroup;
  const nodes = group?.nodes ?? [];
  const items: NotificationItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const node of nodes) {
    const item = notificationItemSchema.safeParse(node);
    if (item.success) {
      items.push(item.data);
    } else {
      skipped.push({ id: memberId(node), reason: describeIssue(item.error) });
    }
  }
  return {
    items,
    skipped,
    nodeCount: nodes.length,
    hasNextPage: group?.pageInfo?.hasNextPage ?? false,
    endCursor: group?.pageInfo?.endCursor ?? null,
  };
}

/** Fetches every member of a group with all its fields, paging as `fetchGroupMemberIds` does. */
export async function fetchGroupMembers(
  request: Omit<GroupPageRequest, 'first' | 'after'>,
): Promise<GroupMembers> {
  const context = { credentialKind: request.credential.kind };
  const seen = new Set<string>();
  const members: GroupMembers = { items: [], skipped: [] };
  let after: string | null = null;

  for (let pageIndex = 0; pageIndex < maxGroupPages; pageIndex += 1) {
    const json = await requestNotificationGroupMembers({ ...request, first: groupPageSize, after });
    const page = parseNotificationGroupMembersPage(json, context);
    let added = 0;
    for (const item of page.items) {
      if (!seen.has(item.notificationId)) {
        seen.add(item.notificationId);
        members.items.push(item);
        added += 1;
      }
    }
    members.skipped.push(...page.skipped);

    // A page of nothing new also stops, for a server that repeats its last page.
    if (added === 0 || !page.hasNextPage || page.endCursor === null) {
      break;
    }
    after = page.endCursor;
  }
  return members;
}

function memberId(node: unknown): string | null {
  const loose = z.object({ notificationId: z.string().min(1) }).safeParse(node);
  return loose.success ? loose.data.notificationId : null;
}
