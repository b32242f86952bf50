import { ErrorCode, InputError, RemoteError } from '../errors/atlassify-error.ts';
import { markAsReadDocument, markAsUnreadDocument, siteAri } from './documents.ts';
import { postGraphql, type TransportOptions } from './graphql-client.ts';
import { type ParseContext, parseGraphqlResult } from './graphql-result.ts';

/** Maximum ids one mark mutation accepts. */
export const markBatchSize = 100;

export type MarkTarget = 'read' | 'unread';

export interface MarkBatchRequest extends TransportOptions {
  /** 1 to 100 distinct ids. */
  ids: string[];
  cloudId?: string | null;
}

export interface MarkRequest extends TransportOptions {
  ids: readonly string[];
  cloudId?: string | null;
}

export interface MarkResult {
  /** Distinct ids sent. */
  markedCount: number;
  /** Mutations sent, one per batch of up to 100 ids. */
  requestCount: number;
}

const operations = {
  read: { name: 'MarkAsRead', document: markAsReadDocument },
  unread: { name: 'MarkAsUnread', document: markAsUnreadDocument },
} as const;

/** Sends one `MarkAsRead` mutation and returns the raw JSON. */
export function requestMarkAsRead(request: MarkBatchRequest): Promise<unknown> {
  return requestMark('read', request);
}

/** Sends one `MarkAsUnread` mutation and returns the raw JSON. */
export function requestMarkAsUnread(request: MarkBatchRequest): Promise<unknown> {
  return requestMark('unread', request);
}

function requestMark(target: MarkTarget, request: MarkBatchRequest): Promise<unknown> {
  return postGraphql({
    ...request,
    query: operations[target].document,
    variables: {
      notificationIDs: request.ids,
      collabContextRoutingAri: request.cloudId ? siteAri(request.cloudId) : undefined,
    },
  });
}

/**
 * Checks a mark mutation's response. The mutation returns only a nullable string, so any
 * GraphQL error means the ids may not have changed state, and it throws SERVER_ERROR.
 */
export function parseMarkResult(
  json: unknown,
  target: MarkTarget,
  context: ParseContext = {},
): void {
  const operationName = operations[target].name;
  const { warnings } = parseGraphqlResult(json, operationName, context);
  const first = warnings[0];
  if (first) {
    throw new RemoteError(
      ErrorCode.serverError,
      `${operationName} failed with a GraphQL error: ${first.message}`,
      {
        hint: 'Try again; the notifications keep their previous state until a mark succeeds.',
        details: { operation: operationName, errorCount: warnings.length },
      },
    );
  }
}

/** Marks notifications read by id, in batches of at most 100, one batch after another. */
export function markAsRead(request: MarkRequest): Promise<MarkResult> {
  return markInBatches('read', request);
}

/** Marks notifications unread by id, in batches of at most 100, one batch after another. */
export function markAsUnread(request: MarkRequest): Promise<MarkResult> {
  return markInBatches('unread', request);
}

async function markInBatches(target: MarkTarget, request: MarkRequest): Promise<MarkResult> {
  const ids = distinctIds(request.ids);
  const context = { credentialKind: request.credential.kind };
  let requestCount = 0;

  for (let start = 0; start < ids.length; start += markBatchSize) {
    const batch = ids.slice(start, start + markBatchSize);
    const json = await requestMark(target, { ...request, ids: batch });
    parseMarkResult(json, target, context);
    requestCount += 1;
  }
  return { markedCount: ids.length, requestCount };
}

function distinctIds(ids: readonly string[]): string[] {
  const invalid = ids.find((id) => typeof id !== 'string' || id.trim() === '');
  if (invalid !== undefined) {
    throw new InputError(
      ErrorCode.invalidInput,
      `Notification ids must be non-empty strings, got "${String(invalid)}".`,
      {
        hint: 'Pass the `id` of notifications from the feed.',
      },
    );
  }
  return [...new Set(ids)];
}
