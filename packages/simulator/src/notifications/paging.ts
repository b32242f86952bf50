import { SimulatorError } from '../errors.ts';
import { compareFeedPositions, type FeedPosition } from './store.ts';

/** `InfluentsNotificationPageInfo`. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Page<T> {
  nodes: Array<T & { endCursor: string }>;
  pageInfo: PageInfo;
}

export interface PageRequest {
  first: number;
  after: string | null;
  /**
   * Reports `hasNextPage: true` on the last page too, as Atlassian's feed is reported to do.
   * `endCursor` is null there, so a client that pages until `hasNextPage` is false never stops,
   * and one that stops on a null `endCursor` does.
   */
  hasNextPageOnLastPage: boolean;
}

/** A cursor that this simulator did not issue, or that is damaged. */
export class InvalidCursorError extends SimulatorError {
  constructor(cursor: string) {
    super(
      'INVALID_CURSOR',
      `Cursor "${cursor}" is invalid; pass an endCursor from an earlier page.`,
    );
  }
}

// Cursors are opaque to clients. Inside they contain the feed position of a node, so a page continues
// after that node even when newer notifications arrive in between.
export function encodeCursor(position: FeedPosition): string {
  return Buffer.from(`${position.timeMs}:${position.notificationId}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): FeedPosition {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const separator = text.indexOf(':');
  const timeMs = Number(text.slice(0, separator));
  const notificationId = text.slice(separator + 1);
  if (separator <= 0 || !Number.isSafeInteger(timeMs) || notificationId === '') {
    throw new InvalidCursorError(cursor);
  }
  return { timeMs, notificationId };
}

/** Cuts one page out of nodes that are already in feed order. */
export function takePage<T>(
  nodes: T[],
  positionOfNode: (node: T) => FeedPosition,
  request: PageRequest,
): Page<T> {
  let start = 0;
  if (request.after !== null) {
    const after = decodeCursor(request.after);
    const index = nodes.findIndex((node) => compareFeedPositions(positionOfNode(node), after) > 0);
    start = index === -1 ? nodes.length : index;
  }

  const pageNodes = nodes.slice(start, start + request.first).map((node) => ({
    ...node,
    endCursor: encodeCursor(positionOfNode(node)),
  }));
  const more = start + request.first < nodes.length;
  const lastNode = pageNodes.at(-1);

  return {
    nodes: pageNodes,
    pageInfo: {
      hasNextPage: more || request.hasNextPageOnLastPage,
      hasPreviousPage: request.after !== null,
      startCursor: pageNodes[0]?.endCursor ?? null,
      endCursor: more && lastNode ? lastNode.endCursor : null,
    },
  };
}
