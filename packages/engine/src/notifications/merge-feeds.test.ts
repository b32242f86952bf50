import { describe, expect, it } from 'vitest';

import type { Feed } from '../atlassian/feed.ts';
import { parseMyNotificationsPage } from '../atlassian/feed.ts';
import { feedNode, feedResponse } from '../atlassian/fixtures/feed-nodes.ts';
import { learnSiteHosts, mergeFeeds, type ScopeResult } from './merge-feeds.ts';

function feed(ids: string[], fields: Partial<Feed> = {}, minutesAgo = 0): Feed {
  const nodes = ids.map((id, index) =>
    feedNode({
      id,
      timestamp: new Date(
        Date.parse('2026-03-02T10:00:00.000Z') - (minutesAgo + index) * 60_000,
      ).toISOString(),
    }),
  );
  return {
    items: parseMyNotificationsPage(feedResponse(nodes)).items,
    skipped: [],
    unseenCount: ids.length,
    hasMore: false,
    warnings: [],
    pageCount: 1,
    ...fields,
  };
}

describe('mergeFeeds', () => {
  it('keeps the unscoped copy of an item', () => {
    const scopes: ScopeResult[] = [
      { cloudId: 'site-a', feed: feed(['shared', 'only-a'], {}, 5) },
      { cloudId: null, feed: feed(['newest', 'shared']) },
    ];

    const merged = mergeFeeds(scopes, 'acc', new Map());

    expect(merged.built.map(({ notification }) => notification.id)).toEqual([
      'newest',
      'shared',
      'only-a',
    ]);
    const shared = merged.built.find(({ notification }) => notification.id === 'shared');
    expect(shared?.notification.scope).toBeNull();
    expect(shared?.notification.cloudId).toBe('site-a');
  });

  it('adds unseen counts of missing sites only', () => {
    const scopes: ScopeResult[] = [
      { cloudId: null, feed: feed(['a', 'b'], { unseenCount: 2 }) },
      { cloudId: 'covered', feed: feed(['a'], { unseenCount: 1 }) },
      { cloudId: 'missing', feed: feed(['m1', 'm2', 'm3'], { unseenCount: 3 }) },
    ];

    const merged = mergeFeeds(scopes, 'acc', new Map());

    expect(merged.unseenCount).toBe(5);
  });

  it('joins more flags, warnings and skipped items', () => {
    const warning = { message: 'Site not accessible', path: null, status: 403, cloudId: 'site-b' };
    const scopes: ScopeResult[] = [
      { cloudId: null, feed: feed(['a'], { warnings: [warning] }) },
      {
        cloudId: 'site-a',
        feed: feed(['b'], { hasMore: true, skipped: [{ id: 'x', reason: 'content: bad' }] }),
      },
    ];

    const merged = mergeFeeds(scopes, 'acc', new Map([['site-b', 'b.atlassian.net']]));

    expect(merged.hasMore).toBe(true);
    expect(merged.skipped).toEqual([{ id: 'x', reason: 'content: bad' }]);
    expect(merged.warnings).toEqual([{ ...warning, siteHost: 'b.atlassian.net' }]);
  });
});

describe('learnSiteHosts', () => {
  it('reads hosts from items that name their site', () => {
    const items = parseMyNotificationsPage(
      feedResponse([
        feedNode({ id: 'a', cloudId: 'c-1', url: 'https://one.atlassian.net/browse/A-1' }),
        feedNode({ id: 'b', cloudId: 'c-2', url: 'https://bitbucket.org/x/y', entity: null }),
      ]),
    ).items;
    const scopes: ScopeResult[] = [{ cloudId: null, feed: { ...feed([]), items } }];

    const hosts = learnSiteHosts(scopes, new Map([['c-9', 'nine.atlassian.net']]));

    expect([...hosts]).toEqual([
      ['c-1', 'one.atlassian.net'],
      ['c-9', 'nine.atlassian.net'],
    ]);
  });
});
