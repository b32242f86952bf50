import { afterEach, describe, expect, it } from 'vitest';

import {
  addGroup,
  type EngineHarness,
  requestsOf,
  startEngineHarness,
} from '../../test/feed/engine-harness.ts';
import { ErrorCode } from '../errors/atlassify-error.ts';
import { notificationsPageUrl } from '../notifications/links.ts';
import type { Notification } from '../notifications/notification.ts';

let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function signedIn(options: Parameters<typeof startEngineHarness>[0] = {}) {
  harness = await startEngineHarness(options);
  return harness;
}

function rows(current: EngineHarness): Notification[] {
  return current.engine.snapshot().feeds.flatMap((feed) => feed.notifications);
}

function row(current: EngineHarness, id: string): Notification {
  const found = rows(current).find((notification) => notification.id === id);
  if (!found) {
    return expect.fail(`row ${id} is not in the feed`);
  }
  return found;
}

function simulatedState(current: EngineHarness, ids: readonly string[]) {
  const wanted = new Set(ids);
  return current.simulator.control
    .notifications(current.simulator.options.userEmail)
    .filter((item) => wanted.has(item.notificationId))
    .map((item) => item.readState);
}

function addItem(current: EngineHarness, id: string, content: Record<string, unknown>): void {
  current.simulator.control.addNotification(current.simulator.options.userEmail, {
    headNotification: {
      notificationId: id,
      timestamp: '2030-02-01T00:00:00.000Z',
      content: {
        type: 'confluence:live-doc-edit',
        message: 'Lena Fischer edited the live doc Team plan',
        actor: { displayName: 'Lena Fischer' },
        ...content,
      },
      analyticsAttributes: [{ key: 'registrationProduct', value: 'confluence' }],
    },
  });
}

describe('marking a group', () => {
  it('marks all 60 members read', async () => {
    const current = await signedIn();
    const ids = addGroup(current.simulator, 'big-group', 60);
    current.simulator.control.setGroupPageSize(25);
    await current.engine.refresh();
    const before = current.engine.snapshot().view?.unreadCount ?? 0;
    const head = row(current, ids[0] ?? '');
    expect(head.groupSize).toBe(60);
    current.simulator.control.clearRequests();

    const result = await current.engine.markRead([head.id]);

    expect(result).toEqual({ rowCount: 1, notificationCount: 60, requestCount: 1 });
    expect(requestsOf(current.simulator, 'RetrieveNotificationsByGroupId')).toHaveLength(3);
    expect(requestsOf(current.simulator, 'MarkAsRead')).toHaveLength(1);
    expect(new Set(simulatedState(current, ids))).toEqual(new Set(['read']));
    expect(current.engine.snapshot().view?.unreadCount).toBe(before - 60);

    await current.engine.refresh();
    expect(rows(current).some((notification) => notification.groupId === 'big-group')).toBe(false);
    expect(current.engine.snapshot().view?.unreadCount).toBe(before - 60);
  });

  it('batches 1000 members by 100', async () => {
    const current = await signedIn();
    const ids = addGroup(current.simulator, 'huge-group', 1000);
    await current.engine.refresh();
    current.simulator.control.clearRequests();

    const result = await current.engine.markRead([ids[0] ?? '']);

    expect(result.notificationCount).toBe(1000);
    expect(result.requestCount).toBe(10);
    const marks = requestsOf(current.simulator, 'MarkAsRead');
    expect(marks.map((entry) => entry.status)).toEqual(Array(10).fill(200));
    expect(new Set(simulatedState(current, ids))).toEqual(new Set(['read']));
  });

  it('marks a read group unread', async () => {
    const current = await signedIn({ feed: { unreadOnly: false } });
    const ids = addGroup(current.simulator, 'read-group', 3);
    await current.engine.refresh();
    await current.engine.markRead([ids[0] ?? '']);

    await current.engine.markUnread([ids[0] ?? '']);

    expect(simulatedState(current, ids)).toEqual(['unread', 'unread', 'unread']);
    expect(row(current, ids[0] ?? '').readState).toBe('unread');
  });
});

describe('optimistic marking', () => {
  it('rolls back when the mutation fails', async () => {
    const current = await signedIn();
    await current.engine.refresh();
    const target = rows(current).find((notification) => notification.groupSize === 1);
    const id = target?.id ?? '';
    const unreadBefore = current.engine.snapshot().view?.unreadCount;
    current.simulator.control.setFailMarkMutations(true);
    const seen: string[] = [];
    const unsubscribe = current.engine.subscribe((snapshot) => {
      const state = snapshot.feeds[0]?.notifications.find((item) => item.id === id)?.readState;
      seen.push(state ?? 'missing');
    });

    await expect(current.engine.markRead([id])).rejects.toMatchObject({
      code: ErrorCode.serverError,
    });
    unsubscribe();

    expect(seen).toContain('read');
    expect(row(current, id).readState).toBe('unread');
    expect(current.engine.snapshot().view?.unreadCount).toBe(unreadBefore);
    expect(current.engine.snapshot().lastActionFailure).toMatchObject({
      action: 'mark-read',
      count: 1,
      error: { code: ErrorCode.serverError },
    });
    expect(simulatedState(current, [id])).toEqual(['unread']);
  });

  it('hides read rows unless kept visible', async () => {
    const current = await signedIn();
    await current.engine.refresh();
    const [first, second] = current.engine.snapshot().view?.accounts[0]?.ids ?? [];

    await current.engine.markRead([first ?? '']);
    expect(current.engine.snapshot().view?.accounts[0]?.ids).not.toContain(first);

    await current.engine.updateSettings({ keepActionedVisible: true });
    await current.engine.markRead([second ?? '']);
    expect(current.engine.snapshot().view?.accounts[0]?.ids).toContain(second);

    await current.engine.refresh();
    expect(current.engine.snapshot().view?.accounts[0]?.ids).not.toContain(second);
  });
});

describe('marking by product and account', () => {
  it('marks every shown row of a product', async () => {
    const current = await signedIn();
    await current.engine.refresh();
    const confluence = rows(current).filter(
      (notification) =>
        notification.product === 'confluence' && notification.readState === 'unread',
    );
    expect(confluence.length).toBeGreaterThan(1);

    const result = await current.engine.markMatching({ readState: 'read', product: 'confluence' });

    expect(result.rowCount).toBe(confluence.length);
    const confluenceIds = confluence.map((notification) => notification.id);
    expect(new Set(simulatedState(current, confluenceIds))).toEqual(new Set(['read']));
    const others = rows(current).filter((notification) => notification.product !== 'confluence');
    expect(others.every((notification) => notification.readState === 'unread')).toBe(true);
  });

  it('marks only rows the filters show', async () => {
    const current = await signedIn();
    await current.engine.refresh();
    await current.engine.setFilters({ categories: ['watching'] });
    const watching = rows(current).filter((notification) => notification.category === 'watching');

    const result = await current.engine.markMatching({
      readState: 'read',
      accountId: current.accountId,
    });

    expect(result.rowCount).toBe(watching.length);
    const direct = rows(current).filter((notification) => notification.category === 'direct');
    expect(direct.every((notification) => notification.readState === 'unread')).toBe(true);
  });

  it('rejects an unknown account', async () => {
    const current = await signedIn();

    await expect(
      current.engine.markMatching({ readState: 'read', accountId: 'nobody' }),
    ).rejects.toMatchObject({ code: ErrorCode.accountNotFound });
  });
});

describe('opening', () => {
  it('opens the path when the entity URL is empty', async () => {
    const current = await signedIn();
    addItem(current, 'live-doc', {
      url: null,
      entity: { title: 'Team plan', url: '', iconUrl: null },
      path: [{ title: 'Space A', url: 'https://nimbus.atlassian.net/wiki/spaces/A' }],
    });
    await current.engine.refresh();

    const result = await current.engine.openNotification('live-doc');

    expect(result).toEqual({
      url: 'https://nimbus.atlassian.net/wiki/spaces/A',
      source: 'path',
      markedRead: true,
      noLinkAvailable: false,
    });
    expect(current.opened).toEqual(['https://nimbus.atlassian.net/wiki/spaces/A']);
    expect(simulatedState(current, ['live-doc'])).toEqual(['read']);
  });

  it('keeps an item without links unread', async () => {
    const current = await signedIn();
    addItem(current, 'no-link', {
      url: null,
      entity: { title: 'Team plan', url: '', iconUrl: null },
      path: [],
    });
    await current.engine.refresh();
    current.simulator.control.clearRequests();

    const result = await current.engine.openNotification('no-link');

    expect(result).toMatchObject({
      url: notificationsPageUrl,
      source: 'notifications-page',
      markedRead: false,
      noLinkAvailable: true,
    });
    expect(requestsOf(current.simulator, 'MarkAsRead')).toEqual([]);
    expect(row(current, 'no-link').readState).toBe('unread');
  });

  it('opens the site root as a last link', async () => {
    const current = await signedIn();
    addItem(current, 'site-only', {
      url: 'http://nimbus.atlassian.net/insecure',
      entity: null,
      path: null,
    });
    await current.engine.addSite(current.accountId, 'nimbus.atlassian.net');
    await current.engine.refresh();

    const result = await current.engine.openNotification('site-only');

    expect(result.url).toBe('https://nimbus.atlassian.net/');
    expect(result.source).toBe('site');
    expect(result.markedRead).toBe(true);
  });

  it('leaves read state alone when the setting is off', async () => {
    const current = await signedIn();
    await current.engine.updateSettings({ markAsReadOnOpen: false });
    await current.engine.refresh();
    const id = current.engine.snapshot().view?.accounts[0]?.ids[0] ?? '';

    const result = await current.engine.openNotification(id);

    expect(result.markedRead).toBe(false);
    expect(simulatedState(current, [id])).toEqual(['unread']);
  });
});

describe('group members', () => {
  it('lists every member of a group', async () => {
    const current = await signedIn();
    const ids = addGroup(current.simulator, 'expand-me', 30);
    current.simulator.control.setGroupPageSize(25);
    await current.engine.refresh();

    const view = await current.engine.groupMembers(ids[0] ?? '');

    expect(view.groupSize).toBe(30);
    expect(view.members.map((member) => member.id)).toEqual(ids);
    expect(view.skippedCount).toBe(0);
    expect(view.members.every((member) => member.product === 'jira')).toBe(true);
    expect(view.members.every((member) => member.engagement === 'comment')).toBe(true);
  });

  it('returns the row itself when ungrouped', async () => {
    const current = await signedIn();
    await current.engine.refresh();
    const single = rows(current).find((notification) => notification.groupSize === 1);
    current.simulator.control.clearRequests();

    const view = await current.engine.groupMembers(single?.id ?? '');

    expect(view.members.map((member) => member.id)).toEqual([single?.id]);
    expect(current.simulator.control.requests()).toEqual([]);
  });
});
