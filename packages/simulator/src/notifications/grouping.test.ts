import { describe, expect, it } from 'vitest';
import { toHeadItems } from './grouping.ts';
import type { NotificationActor, NotificationItem } from './item-schema.ts';
import type { StoredNotification } from './store.ts';

function actor(displayName: string): NotificationActor {
  return { displayName, avatarURL: null, ari: null, actorType: null };
}

function record(id: string, groupId: string, by: string, type = 'comment'): StoredNotification {
  const item: NotificationItem = {
    notificationId: id,
    timestamp: '2026-01-01T00:00:00.000Z',
    readState: 'unread',
    category: 'watching',
    workspaceId: null,
    entityModel: null,
    content: {
      type,
      message: `${by} did something`,
      url: null,
      actor: actor(by),
      entity: null,
      path: null,
      actions: null,
      bodyItems: null,
      templateVariables: null,
    },
    analyticsAttributes: null,
  };
  return { item, groupId, cloudId: 'site', seen: false };
}

describe('toHeadItems', () => {
  const records = [
    record('6', 'g', 'Ann'),
    record('5', 'g', 'Bob', 'reaction'),
    record('4', 'solo', 'Cy'),
    record('3', 'g', 'Ann'),
    record('2', 'g', 'Dee'),
    record('1', 'g', 'Eve'),
  ];

  it('grouped mode heads each group', () => {
    const heads = toHeadItems(records, false);

    expect(
      heads.map((head) => [head.groupId, head.groupSize, head.headNotification.notificationId]),
    ).toEqual([
      ['g', 5, '6'],
      ['solo', 1, '4'],
    ]);
  });

  it('additional actors are distinct others', () => {
    const [group] = toHeadItems(records, false);

    expect(group?.additionalActors.map((entry) => entry.displayName)).toEqual([
      'Bob',
      'Dee',
      'Eve',
    ]);
    expect(group?.additionalTypes).toEqual(['reaction']);
    expect(group?.readStates).toEqual(['unread']);
  });

  it('additional actors stop at three', () => {
    const many = [
      record('9', 'g', 'Ann'),
      ...['B', 'C', 'D', 'E'].map((name, index) => record(`${index}`, 'g', name)),
    ];

    expect(toHeadItems(many, false)[0]?.additionalActors).toHaveLength(3);
  });

  it('flat mode keeps every item', () => {
    const heads = toHeadItems(records, true);

    expect(heads).toHaveLength(6);
    expect(heads.every((head) => head.groupSize === 1 && head.additionalActors.length === 0)).toBe(
      true,
    );
  });
});
