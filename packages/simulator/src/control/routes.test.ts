import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FeedData, MY_NOTIFICATIONS } from '../../test/documents.ts';
import { jsonOf } from '../../test/json.ts';
import { basicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import { ORBIT_SITE, type RunningSimulator } from '../index.ts';

const validItem = {
  groupId: 'release-42',
  groupSize: 1,
  additionalActors: [],
  headNotification: {
    notificationId: 'added-1',
    timestamp: '2026-12-01T10:00:00.000Z',
    readState: 'unread',
    category: 'direct',
    content: {
      type: 'jira:issue-assigned',
      message: 'Ada Lovelace assigned ORB-900 to you',
      url: 'https://orbit.atlassian.net/browse/ORB-900',
      actor: { displayName: 'Ada Lovelace', avatarURL: null },
      entity: {
        title: 'Ship it',
        url: 'https://orbit.atlassian.net/browse/ORB-900',
        iconUrl: null,
      },
      path: [
        {
          title: 'ORB-900 Ship it',
          url: 'https://orbit.atlassian.net/browse/ORB-900',
          iconUrl: null,
        },
      ],
    },
    entityModel: { objectId: 'issue-900', cloudId: ORBIT_SITE.cloudId },
    analyticsAttributes: [
      { key: 'registrationProduct', value: 'jira' },
      { key: 'subProduct', value: 'software' },
    ],
  },
};

describe('control endpoints', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator({ seed: false });
  });
  beforeEach(() => simulator.control.reset());
  afterAll(() => simulator.close());

  const post = (path: string, body: unknown) =>
    fetch(`${simulator.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const addNotification = (body: unknown, email = simulator.options.userEmail) =>
    post(`/__simulator/notifications?email=${encodeURIComponent(email)}`, body);

  it('seed false starts empty', () => {
    expect(simulator.control.notifications(simulator.options.userEmail)).toEqual([]);
  });

  it('valid notification is stored', async () => {
    const response = await addNotification(validItem);
    const stored = await jsonOf(response);
    const feed = await postGraphQL<FeedData>(simulator, {
      query: MY_NOTIFICATIONS,
      variables: {
        first: 10,
        collabContextRoutingAri: `ari:cloud:platform::site/${ORBIT_SITE.cloudId}`,
      },
      authorization: basicAuth(simulator.options.userEmail, simulator.options.apiToken),
    });

    expect(response.status).toBe(201);
    expect(stored).toMatchObject({ groupId: 'release-42', groupSize: 1, additionalActors: [] });
    expect(stored.headNotification).toMatchObject({
      notificationId: 'added-1',
      readState: 'unread',
      content: { entity: { title: 'Ship it' }, bodyItems: null },
    });
    expect(feed.body.data?.notifications?.unseenNotificationCount).toBe(1);
    expect(
      feed.body.data?.notifications?.notificationFeed.nodes[0]?.headNotification.content.message,
    ).toBe('Ada Lovelace assigned ORB-900 to you');
  });

  it('minimal notification gets defaults', async () => {
    const response = await addNotification({
      headNotification: { content: { type: 'x', message: 'Hello', actor: {} } },
    });
    const stored = await jsonOf(response);

    expect(response.status).toBe(201);
    expect(stored.headNotification.notificationId).toMatch(/^sim-/);
    expect(stored.headNotification.readState).toBe('unread');
    expect(stored.headNotification.category).toBe('direct');
    expect(stored.headNotification.timestamp).toEqual(expect.any(String));
  });

  it('invalid body names the field', async () => {
    const broken = {
      ...validItem,
      headNotification: {
        ...validItem.headNotification,
        readState: 'seen',
        content: { ...validItem.headNotification.content, message: undefined },
      },
    };

    const response = await addNotification(broken);
    const body = await jsonOf(response);

    expect(response.status).toBe(400);
    expect(body.message).toContain('headNotification.readState');
    expect(body.message).toContain('headNotification.content.message');
  });

  it('unknown field is rejected', async () => {
    const response = await addNotification({ ...validItem, colour: 'blue' });

    expect(response.status).toBe(400);
    expect((await jsonOf(response)).message).toContain('colour');
  });

  it('malformed json gets 400', async () => {
    const response = await addNotification('{"headNotification":');

    expect(response.status).toBe(400);
    expect((await jsonOf(response)).message).toContain('not valid JSON');
  });

  it('unknown email gets 404', async () => {
    const response = await addNotification(validItem, 'nobody@atlassify.test');

    expect(response.status).toBe(404);
    expect((await jsonOf(response)).message).toContain('nobody@atlassify.test');
  });

  it('duplicate id gets 409', async () => {
    await addNotification(validItem);

    const response = await addNotification(validItem);

    expect(response.status).toBe(409);
  });

  it('foreign site is rejected', async () => {
    const item = structuredClone(validItem);
    item.headNotification.entityModel.cloudId = 'not-a-site';

    const response = await addNotification(item);

    expect(response.status).toBe(400);
    expect((await jsonOf(response)).message).toContain('not-a-site');
  });

  it('added user can sign in', async () => {
    const created = await post('/__simulator/users', {
      email: 'second@atlassify.test',
      apiToken: 'second-token',
      name: 'Sam Second',
      sites: ['orbit.atlassian.net'],
    });
    await addNotification(validItem, 'second@atlassify.test');

    const me = await postGraphQL<FeedData>(simulator, {
      query: MY_NOTIFICATIONS,
      authorization: basicAuth('second@atlassify.test', 'second-token'),
    });
    const user = await jsonOf(created);

    expect(created.status).toBe(201);
    expect(user).toMatchObject({ email: 'second@atlassify.test', cloudIds: [ORBIT_SITE.cloudId] });
    expect(JSON.stringify(user)).not.toContain('second-token');
    expect(me.body.data?.notifications?.notificationFeed.nodes).toHaveLength(1);
  });

  it('duplicate user gets 409', async () => {
    const response = await post('/__simulator/users', {
      email: simulator.options.userEmail,
      apiToken: 'x',
      name: 'Copy',
    });

    expect(response.status).toBe(409);
  });

  it('switches change over http', async () => {
    const response = await fetch(`${simulator.url}/__simulator/switches`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ refuseOAuthNotifications: true }),
    });

    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({
      refuseOAuthNotifications: true,
      hasNextPageOnLastPage: true,
      holdRefreshResponses: false,
      omitRefreshTokenOnRefresh: false,
    });
  });

  it('reset restores the start state', async () => {
    await addNotification(validItem);
    await post('/__simulator/users', { email: 'x@atlassify.test', apiToken: 't', name: 'X' });

    const response = await post('/__simulator/reset', {});

    expect(response.status).toBe(204);
    expect(simulator.control.notifications(simulator.options.userEmail)).toEqual([]);
    expect(() => simulator.control.notifications('x@atlassify.test')).toThrow('x@atlassify.test');
  });
});
