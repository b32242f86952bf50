import { describe, expect, it } from 'vitest';

import { makeNotification } from '../../test/fixtures.ts';
import type { ProductSlug } from '../api/contract.ts';
import { applyReadStates, countUnread, groupByProduct } from './group.ts';
import { productName, productNames } from './products.ts';

describe('groupByProduct', () => {
  it('orders groups by first appearance', () => {
    const groups = groupByProduct([
      makeNotification({ id: 'a', product: 'confluence' }),
      makeNotification({ id: 'b', product: 'jira' }),
      makeNotification({ id: 'c', product: 'confluence' }),
    ]);

    expect(groups.map((group) => group.name)).toEqual(['Confluence', 'Jira']);
    expect(groups[0]?.notifications.map((notification) => notification.id)).toEqual(['a', 'c']);
  });

  it('counts unread rows per group', () => {
    const [group] = groupByProduct([
      makeNotification({ id: 'a', readState: 'unread' }),
      makeNotification({ id: 'b', readState: 'read' }),
    ]);

    expect(group?.notifications).toHaveLength(2);
    expect(group?.unreadCount).toBe(1);
  });

  it('puts unknown slugs under Other', () => {
    const groups = groupByProduct([
      makeNotification({ id: 'a', product: 'unknown' }),
      makeNotification({ id: 'b', product: 'loom' as ProductSlug }),
    ]);

    expect(groups).toHaveLength(1);
    expect(groups[0]?.product).toBe('unknown');
    expect(groups[0]?.name).toBe('Other');
  });

  it('returns nothing for an empty feed', () => {
    expect(groupByProduct([])).toEqual([]);
  });
});

describe('productNames', () => {
  it('names every product in English', () => {
    expect(productNames).toEqual({
      jira: 'Jira',
      jira_service_management: 'Jira Service Management',
      jira_product_discovery: 'Jira Product Discovery',
      confluence: 'Confluence',
      compass: 'Compass',
      bitbucket: 'Bitbucket',
      home: 'Atlassian Home',
      rovo: 'Rovo',
      rovo_dev: 'Rovo Dev',
      teams: 'Teams',
      unknown: 'Other',
    });
  });

  it('names an unknown slug Other', () => {
    expect(productName('loom')).toBe('Other');
  });
});

describe('countUnread', () => {
  it('counts unread rows only', () => {
    const notifications = [
      makeNotification({ id: 'a', readState: 'unread', groupSize: 5 }),
      makeNotification({ id: 'b', readState: 'read' }),
      makeNotification({ id: 'c', readState: 'unread' }),
    ];
    expect(countUnread(notifications)).toBe(2);
  });
});

describe('applyReadStates', () => {
  it('overrides pending rows only', () => {
    const notifications = [makeNotification({ id: 'a' }), makeNotification({ id: 'b' })];
    const result = applyReadStates(notifications, new Map([['a', 'read']]));

    expect(result[0]?.readState).toBe('read');
    expect(result[1]).toBe(notifications[1]);
  });

  it('returns the same array without pending states', () => {
    const notifications = [makeNotification()];
    expect(applyReadStates(notifications, new Map())).toBe(notifications);
  });
});
