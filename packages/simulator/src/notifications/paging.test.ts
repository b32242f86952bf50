import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, InvalidCursorError, takePage } from './paging.ts';
import type { FeedPosition } from './store.ts';

const nodes: FeedPosition[] = [
  { timeMs: 5000, notificationId: 'e' },
  { timeMs: 4000, notificationId: 'd' },
  { timeMs: 4000, notificationId: 'c' },
  { timeMs: 2000, notificationId: 'b' },
  { timeMs: 1000, notificationId: 'a' },
];
const page = (first: number, after: string | null, hasNextPageOnLastPage = true) =>
  takePage(nodes, (node) => node, { first, after, hasNextPageOnLastPage });

describe('takePage', () => {
  it('cursor round trips', () => {
    const position = { timeMs: 1_767_000_000_000, notificationId: 'id:with:colons' };

    expect(decodeCursor(encodeCursor(position))).toEqual(position);
  });

  it('pages continue after cursor', () => {
    const first = page(2, null);
    const second = page(2, first.pageInfo.endCursor);
    const third = page(2, second.pageInfo.endCursor);

    expect(first.nodes.map((node) => node.notificationId)).toEqual(['e', 'd']);
    expect(second.nodes.map((node) => node.notificationId)).toEqual(['c', 'b']);
    expect(third.nodes.map((node) => node.notificationId)).toEqual(['a']);
    expect(third.pageInfo).toEqual({
      hasNextPage: true,
      hasPreviousPage: true,
      startCursor: third.nodes[0]?.endCursor,
      endCursor: null,
    });
  });

  it('accurate mode ends paging', () => {
    expect(page(5, null, false).pageInfo.hasNextPage).toBe(false);
    expect(page(4, null, false).pageInfo.hasNextPage).toBe(true);
  });

  it('cursor of removed node still works', () => {
    const after = encodeCursor({ timeMs: 3000, notificationId: 'gone' });

    expect(page(5, after).nodes.map((node) => node.notificationId)).toEqual(['b', 'a']);
  });

  it('empty page has null cursors', () => {
    const after = encodeCursor({ timeMs: 0, notificationId: 'z' });

    expect(page(5, after).nodes).toEqual([]);
    expect(page(5, after).pageInfo.startCursor).toBeNull();
    expect(page(5, after).pageInfo.endCursor).toBeNull();
  });

  it('rejects foreign cursors', () => {
    expect(() => page(2, 'abc')).toThrow(InvalidCursorError);
    expect(() => page(2, Buffer.from('x:').toString('base64url'))).toThrow(InvalidCursorError);
  });
});
