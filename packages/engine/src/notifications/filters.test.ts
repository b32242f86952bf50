import { describe, expect, it } from 'vitest';

import {
  applyFilters,
  countFilterValues,
  emptyFilters,
  type FilterState,
  hasActiveFilters,
  mergeFilters,
} from './filters.ts';
import { row } from './fixtures/rows.ts';

const rows = [
  row('jira-mention', { engagement: 'mention' }),
  row('jira-comment-watching', { engagement: 'comment', category: 'watching' }),
  row('confluence-reaction', { product: 'confluence', engagement: 'reaction' }),
  row('confluence-read', { product: 'confluence', readState: 'read' }),
  row('bot', { product: 'compass', actorKind: 'automation' }),
  row('rovo', { product: 'rovo', actorKind: 'rovo', category: 'watching' }),
];

function filters(change: Partial<FilterState>): FilterState {
  return mergeFilters(emptyFilters, change);
}

function ids(list: { id: string }[]): string[] {
  return list.map((item) => item.id);
}

describe('applyFilters', () => {
  it('keeps everything without filters', () => {
    expect(ids(applyFilters(rows, emptyFilters))).toEqual(ids(rows));
  });

  it('ors values within a dimension', () => {
    const chosen = filters({ products: ['compass', 'rovo'] });

    expect(ids(applyFilters(rows, chosen))).toEqual(['bot', 'rovo']);
  });

  it('ands dimensions', () => {
    const chosen = filters({ products: ['jira', 'confluence'], categories: ['direct'] });

    expect(ids(applyFilters(rows, chosen))).toEqual([
      'jira-mention',
      'confluence-reaction',
      'confluence-read',
    ]);
  });

  it('drops rows without engagement', () => {
    const chosen = filters({ engagements: ['mention', 'comment', 'reaction'] });

    expect(ids(applyFilters(rows, chosen))).toEqual([
      'jira-mention',
      'jira-comment-watching',
      'confluence-reaction',
    ]);
  });

  it('filters actor kind and read state', () => {
    expect(ids(applyFilters(rows, filters({ actorKinds: ['automation', 'rovo'] })))).toEqual([
      'bot',
      'rovo',
    ]);
    expect(ids(applyFilters(rows, filters({ readStates: ['read'] })))).toEqual(['confluence-read']);
  });
});

describe('countFilterValues', () => {
  it('counts every value without filters', () => {
    const counts = countFilterValues(rows, emptyFilters);

    expect(counts.products).toMatchObject({
      jira: 2,
      confluence: 2,
      compass: 1,
      rovo: 1,
      teams: 0,
    });
    expect(counts.engagements).toEqual({ mention: 1, comment: 1, reaction: 1 });
    expect(counts.categories).toEqual({ direct: 4, watching: 2 });
    expect(counts.actorKinds).toEqual({ user: 4, rovo: 1, automation: 1 });
    expect(counts.readStates).toEqual({ unread: 5, read: 1 });
  });

  it('narrows other dimensions only', () => {
    const counts = countFilterValues(rows, filters({ products: ['confluence'] }));

    expect(counts.products).toMatchObject({ jira: 2, confluence: 2, compass: 1 });
    expect(counts.readStates).toEqual({ unread: 1, read: 1 });
    expect(counts.engagements).toEqual({ mention: 0, comment: 0, reaction: 1 });
  });
});

describe('mergeFilters', () => {
  it('replaces named dimensions only', () => {
    const merged = mergeFilters(filters({ products: ['jira'], categories: ['direct'] }), {
      products: ['rovo', 'rovo'],
    });

    expect(merged).toEqual({ ...emptyFilters, products: ['rovo'], categories: ['direct'] });
    expect(hasActiveFilters(merged)).toBe(true);
    expect(hasActiveFilters(emptyFilters)).toBe(false);
  });
});
