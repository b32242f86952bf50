import { z } from 'zod';

import { retrieveNotificationsByGroupIdDocument, siteAri } from './documents.ts';
import { connectionSchema } from './feed-schema.ts';
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
  /** `unread` to list only unread members; null for all members. */
  readState: 'unread' | null;
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
 * Lists the distinct member ids of a group, paging until `groupSize` ids are collected or the
 * server has no more, so marking a large group read covers every member.
 */
export async function fetchGroupMemberIds(
  request: Omit<GroupPageRequest, 'first' | 'after'> & { groupSize: number },
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
      ids.size >= request.groupSize ||
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
