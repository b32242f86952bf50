import { describe, expect, it } from 'vitest';

import { emptyFilters, mergeFilters } from './filters.ts';
import { row } from './fixtures/rows.ts';
import type { Notification } from './notification.ts';
import { buildNotificationsView, formatCount, type ViewFeed, type ViewSettings } from './view.ts';

const settings: ViewSettings = {
  groupByProduct: false,
  groupByProductAlphabetically: false,
  keepActionedVisible: false,
};

function feed(notifications: Notification[], fields: Partial<ViewFeed> = {}): ViewFeed {
  return {
    accountId: 'acc-1',
    status: 'ok',
    notifications,
    hasMore: false,
    unseenCount: 3,
    fetchedAt: '2026-03-02T10:00:00.000Z',
    unreadOnly: true,
    ...fields,
  };
}

describe('formatCount', () => {
  it.each([
    [0, false, '0'],
    [999, false, '999'],
    [1000, false, '999+'],
    [40, true, '40+'],
    [1000, true, '999+'],
  ])('formats %i with more %s as %s', (count, hasMore, label) => {
    expect(formatCount(count, hasMore)).toBe(label);
  });
});

describe('buildNotificationsView', () => {
  it('counts group members as unread', () => {
    const view = buildNotificationsView(
      [
        feed([row('a', { groupSize: 60 }), row('b'), row('c', { readState: 'read' })], {
          unreadOnly: false,
        }),
      ],
      settings,
      emptyFilters,
    );

    expect(view.rowCount).toBe(3);
    expect(view.unreadCount).toBe(61);
    expect(view.unreadLabel).toBe('61');
    expect(view.unseenCount).toBe(3);
  });

  it('says 999+ when the server has more', () => {
    const rows = Array.from({ length: 1000 }, (_, index) => row(`n-${index}`));

    const view = buildNotificationsView([feed(rows, { hasMore: true })], settings, emptyFilters);

    expect(view.hasMore).toBe(true);
    expect(view.unreadLabel).toBe('999+');
    expect(view.accounts[0]?.unreadLabel).toBe('999+');
  });

  it('hides actioned rows unless kept', () => {
    const rows = [row('a'), row('b', { readState: 'read' })];

    const hidden = buildNotificationsView([feed(rows)], settings, emptyFilters);
    const kept = buildNotificationsView(
      [feed(rows)],
      { ...settings, keepActionedVisible: true },
      emptyFilters,
    );
    const all = buildNotificationsView([feed(rows, { unreadOnly: false })], settings, emptyFilters);

    expect(hidden.accounts[0]?.ids).toEqual(['a']);
    expect(kept.accounts[0]?.ids).toEqual(['a', 'b']);
    expect(all.accounts[0]?.ids).toEqual(['a', 'b']);
  });

  it('groups by product in either order', () => {
    const rows = [
      row('1', { product: 'unknown' }),
      row('2', { product: 'home' }),
      row('3', { product: 'confluence' }),
      row('4', { product: 'home' }),
    ];

    const firstSeen = buildNotificationsView(
      [feed(rows)],
      { ...settings, groupByProduct: true },
      emptyFilters,
    );
    const alphabetical = buildNotificationsView(
      [feed(rows)],
      { ...settings, groupByProduct: true, groupByProductAlphabetically: true },
      emptyFilters,
    );

    expect(firstSeen.accounts[0]?.productGroups?.map((group) => group.displayName)).toEqual([
      'Other',
      'Atlassian Home',
      'Confluence',
    ]);
    expect(firstSeen.accounts[0]?.ids).toEqual(['1', '2', '4', '3']);
    expect(alphabetical.accounts[0]?.productGroups?.map((group) => group.displayName)).toEqual([
      'Atlassian Home',
      'Confluence',
      'Other',
    ]);
  });

  it('tells why a list is empty', () => {
    const filters = mergeFilters(emptyFilters, { products: ['rovo'] });
    const states = [
      buildNotificationsView(
        [feed([], { status: 'loading', fetchedAt: null })],
        settings,
        emptyFilters,
      ),
      buildNotificationsView([feed([])], settings, emptyFilters),
      buildNotificationsView([feed([row('a')])], settings, filters),
      buildNotificationsView([feed([], { status: 'error' })], settings, emptyFilters),
      buildNotificationsView([feed([row('a')], { status: 'error' })], settings, emptyFilters),
    ].map((view) => view.accounts[0]?.listState);

    expect(states).toEqual(['loading', 'all-caught-up', 'no-matches', 'could-not-refresh', 'list']);
  });

  it('counts filter values before filtering', () => {
    const rows = [row('a'), row('b', { product: 'confluence' })];
    const filters = mergeFilters(emptyFilters, { products: ['confluence'] });

    const view = buildNotificationsView([feed(rows)], settings, filters);

    expect(view.accounts[0]?.ids).toEqual(['b']);
    expect(view.filtersActive).toBe(true);
    expect(view.filterCounts.products).toMatchObject({ jira: 1, confluence: 1 });
  });
});
