import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MARK_AS_READ, MARK_AS_UNREAD } from '../../test/documents.ts';
import { demoBasicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import { NIMBUS_SITE, ORBIT_SITE, type RunningSimulator } from '../index.ts';

const siteAri = (cloudId: string) => `ari:cloud:platform::site/${cloudId}`;

describe('notification mutations', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  beforeEach(() => simulator.control.reset());
  afterAll(() => simulator.close());

  const items = () => simulator.control.notifications(simulator.options.userEmail);
  const readStateOf = (id: string) => items().find((item) => item.notificationId === id)?.readState;
  const mutate = (query: string, variables: Record<string, unknown>) =>
    postGraphQL<{ notifications: Record<string, string | null> | null }>(simulator, {
      query,
      variables,
      authorization: demoBasicAuth(simulator),
    });
  const unseenCount = async () => {
    const result = await postGraphQL<{ notifications: { unseenNotificationCount: number } }>(
      simulator,
      {
        query: '{ notifications { unseenNotificationCount } }',
        authorization: demoBasicAuth(simulator),
      },
    );
    return result.body.data?.notifications.unseenNotificationCount;
  };

  it('mark read by ids', async () => {
    const unread = items()
      .filter((item) => item.readState === 'unread')
      .slice(0, 3);
    const ids = unread.map((item) => item.notificationId);
    const before = await unseenCount();

    const result = await mutate(MARK_AS_READ, { notificationIDs: ids });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({ notifications: { markNotificationsByIdsAsRead: '3' } });
    expect(ids.map(readStateOf)).toEqual(['read', 'read', 'read']);
    expect(await unseenCount()).toBe((before ?? 0) - 3);
  });

  it('mark unread by ids', async () => {
    const read = items().find((item) => item.readState === 'read');

    const result = await mutate(MARK_AS_UNREAD, { notificationIDs: [read?.notificationId] });

    expect(result.body.errors).toBeUndefined();
    expect(readStateOf(read?.notificationId ?? '')).toBe('unread');
  });

  it('more than 100 ids fail', async () => {
    const ids = Array.from({ length: 101 }, (_, index) => `id-${index}`);

    const result = await mutate(MARK_AS_READ, { notificationIDs: ids });

    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ notifications: { markNotificationsByIdsAsRead: null } });
    expect(result.body.errors?.[0]?.message).toBe(
      'ids must hold 1 to 100 notification ids; got 101.',
    );
  });

  it('empty ids fail', async () => {
    const result = await mutate(MARK_AS_READ, { notificationIDs: [] });

    expect(result.body.errors?.[0]?.extensions?.errorType).toBe('BAD_REQUEST');
  });

  it('repeated ids fail', async () => {
    const id = items()[0]?.notificationId;

    const result = await mutate(MARK_AS_READ, { notificationIDs: [id, id] });

    expect(result.body.errors?.[0]?.message).toContain('ids must be unique');
  });

  it('unknown ids fail without changes', async () => {
    const known = items().find((item) => item.readState === 'unread')?.notificationId ?? '';

    const result = await mutate(MARK_AS_READ, { notificationIDs: [known, 'no-such-id'] });

    expect(result.body.errors?.[0]?.message).toContain('no-such-id');
    expect(result.body.errors?.[0]?.message).not.toContain(known);
    expect(result.body.errors?.[0]?.extensions?.errorType).toBe('NOT_FOUND');
    expect(readStateOf(known)).toBe('unread');
  });

  it('ids outside scoped site fail', async () => {
    const orbitItem = items().find((item) => item.workspaceId === siteAri(ORBIT_SITE.cloudId));

    const result = await mutate(MARK_AS_READ, {
      notificationIDs: [orbitItem?.notificationId],
      collabContextRoutingAri: siteAri(NIMBUS_SITE.cloudId),
    });
    const scopedRight = await mutate(MARK_AS_READ, {
      notificationIDs: [orbitItem?.notificationId],
      collabContextRoutingAri: siteAri(ORBIT_SITE.cloudId),
    });

    expect(result.body.errors?.[0]?.extensions?.errorType).toBe('NOT_FOUND');
    expect(scopedRight.body.errors).toBeUndefined();
  });

  it('mark group read', async () => {
    const group = simulator.control.addNotification(simulator.options.userEmail, {
      groupId: 'big-group',
      headNotification: {
        notificationId: 'g-1',
        content: { type: 't', message: 'one', actor: {} },
      },
    });
    simulator.control.addNotification(simulator.options.userEmail, {
      groupId: 'big-group',
      headNotification: {
        notificationId: 'g-2',
        content: { type: 't', message: 'two', actor: {} },
      },
    });

    const result = await mutate(
      `mutation MarkGroupAsRead($groupId: String!) {
        notifications { markNotificationsByGroupIdAsRead(groupId: $groupId) }
      }`,
      { groupId: group.groupId },
    );

    expect(result.body.data).toEqual({ notifications: { markNotificationsByGroupIdAsRead: '2' } });
    expect([readStateOf('g-1'), readStateOf('g-2')]).toEqual(['read', 'read']);
  });

  it('mark all before timestamp', async () => {
    const all = items();
    const pivot = all[10];

    const result = await mutate(
      `mutation MarkAll($before: String) {
        notifications { markNotificationsAsRead(beforeInclusiveTimestamp: $before) }
      }`,
      { before: pivot?.timestamp },
    );
    const after = items();

    expect(result.body.errors).toBeUndefined();
    expect(after.slice(10).every((item) => item.readState === 'read')).toBe(true);
    expect(after.slice(0, 10).map((item) => item.readState)).toEqual(
      all.slice(0, 10).map((item) => item.readState),
    );
  });

  it('mark all needs one bound', async () => {
    const result = await mutate(
      'mutation { notifications { markNotificationsAsRead(product: "jira") } }',
      {},
    );

    expect(result.body.errors?.[0]?.message).toContain('exactly one of beforeInclusive');
  });

  it('archive removes notifications', async () => {
    const id = items()[0]?.notificationId;

    const result = await mutate(
      'mutation A($ids: [String!]!) { notifications { archiveNotifications(ids: $ids) } }',
      {
        ids: [id],
      },
    );

    expect(result.body.errors).toBeUndefined();
    expect(items().some((item) => item.notificationId === id)).toBe(false);
  });

  it('clear unseen count', async () => {
    const result = await mutate('mutation { notifications { clearUnseenCount } }', {});

    expect(result.body.errors).toBeUndefined();
    expect(await unseenCount()).toBe(0);
    expect(items().some((item) => item.readState === 'unread')).toBe(true);
  });

  it('anonymous mutation is unauthenticated', async () => {
    const result = await postGraphQL(simulator, {
      query: MARK_AS_READ,
      variables: { notificationIDs: ['x'] },
    });

    expect(result.body.data).toEqual({ notifications: null });
    expect(result.body.errors?.[0]?.extensions?.errorType).toBe('UNAUTHENTICATED');
  });

  it('log records mutation type', async () => {
    simulator.control.clearRequests();

    await mutate(MARK_AS_UNREAD, { notificationIDs: [items()[0]?.notificationId] });

    expect(simulator.control.requests()[0]).toMatchObject({
      operationName: 'MarkAsUnread',
      operationType: 'mutation',
    });
  });
});
