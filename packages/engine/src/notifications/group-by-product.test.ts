import { describe, expect, it } from 'vitest';

import { groupByProduct } from './group-by-product.ts';
import type { Notification, ProductSlug } from './notification.ts';

function notification(id: string, product: ProductSlug): Notification {
  return {
    id,
    accountId: 'acc-1',
    groupId: `group-${id}`,
    groupSize: 1,
    additionalActors: [],
    timestamp: '2026-03-02T10:00:00.000Z',
    readState: 'unread',
    category: 'direct',
    product,
    type: 'x',
    message: 'm',
    actor: { displayName: 'Ada', avatarUrl: null },
    entity: null,
    path: null,
    url: null,
    cloudId: null,
    openUrl: 'https://home.atlassian.com/notifications',
  };
}

const feed = [
  notification('1', 'jira'),
  notification('2', 'unknown'),
  notification('3', 'confluence'),
  notification('4', 'jira'),
  notification('5', 'bitbucket'),
];

describe('groupByProduct', () => {
  it('keeps first-seen order', () => {
    const groups = groupByProduct(feed);

    expect(groups.map((group) => group.product)).toEqual([
      'jira',
      'unknown',
      'confluence',
      'bitbucket',
    ]);
    expect(groups[0]?.notifications.map((item) => item.id)).toEqual(['1', '4']);
  });

  it('sorts alphabetically with unknown last', () => {
    const groups = groupByProduct(feed, { order: 'alphabetical' });

    expect(groups.map((group) => group.product)).toEqual([
      'bitbucket',
      'confluence',
      'jira',
      'unknown',
    ]);
  });

  it('returns no groups for no items', () => {
    expect(groupByProduct([])).toEqual([]);
  });
});
