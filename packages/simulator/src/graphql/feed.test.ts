import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  type FeedData,
  MY_NOTIFICATIONS,
  RETRIEVE_NOTIFICATIONS_BY_GROUP_ID,
} from '../../test/documents.ts';
import {
  demoBasicAuth,
  ManualClock,
  postGraphQL,
  startTestSimulator,
} from '../../test/simulator.ts';
import { NIMBUS_SITE, ORBIT_SITE, type RunningSimulator } from '../index.ts';

const nimbusAri = `ari:cloud:platform::site/${NIMBUS_SITE.cloudId}`;

describe('notification feed', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator({ now: new ManualClock().now });
  });
  beforeEach(() => simulator.control.reset());
  afterAll(() => simulator.close());

  const seeded = () => simulator.control.notifications(simulator.options.userEmail);

  async function fetchFeed(variables: Record<string, unknown>, query = MY_NOTIFICATIONS) {
    const result = await postGraphQL<FeedData>(simulator, {
      query,
      variables,
      authorization: demoBasicAuth(simulator),
    });
    expect(result.status).toBe(200);
    return result.body;
  }

  async function feedPage(variables: Record<string, unknown>) {
    const body = await fetchFeed(variables);
    expect(body.errors).toBeUndefined();
    const notifications = body.data?.notifications;
    if (!notifications) {
      throw new Error('The feed returned no notifications object.');
    }
    return notifications;
  }

  it('first page in feed order', async () => {
    const page = await feedPage({ first: 100, readState: null, flat: true });
    const timestamps = page.notificationFeed.nodes.map((node) => node.headNotification.timestamp);

    expect(page.notificationFeed.nodes).toHaveLength(seeded().length);
    expect(timestamps).toEqual([...timestamps].sort().reverse());
    expect(page.unseenNotificationCount).toBe(
      seeded().filter((item) => item.readState === 'unread').length,
    );
  });

  it('cursor paging reaches every item', async () => {
    const ids: string[] = [];
    let after: string | null | undefined;
    const pages: FeedData['notifications'][] = [];
    do {
      const page = await feedPage({ first: 20, ...(after ? { after } : {}) });
      pages.push(page);
      ids.push(...page.notificationFeed.nodes.map((node) => node.headNotification.notificationId));
      after = page.notificationFeed.pageInfo.endCursor;
    } while (after);

    expect(pages.map((page) => page?.notificationFeed.nodes.length)).toEqual([
      20,
      20,
      seeded().length - 40,
    ]);
    expect(new Set(ids).size).toBe(seeded().length);
    expect(ids).toEqual(seeded().map((item) => item.notificationId));
  });

  it('last page still has next', async () => {
    const page = await feedPage({ first: 100 });

    expect(page.notificationFeed.pageInfo.hasNextPage).toBe(true);
    expect(page.notificationFeed.pageInfo.endCursor).toBeNull();
  });

  it('quirk can be switched off', async () => {
    simulator.control.setHasNextPageOnLastPage(false);

    const first = await feedPage({ first: 30 });
    const last = await feedPage({ first: 30, after: first.notificationFeed.pageInfo.endCursor });

    expect(first.notificationFeed.pageInfo.hasNextPage).toBe(true);
    expect(first.notificationFeed.pageInfo.endCursor).toEqual(expect.any(String));
    expect(last.notificationFeed.pageInfo.hasNextPage).toBe(false);
    expect(last.notificationFeed.pageInfo.endCursor).toBeNull();
  });

  it('paging survives a new notification', async () => {
    const first = await feedPage({ first: 10 });
    simulator.control.addNotification(simulator.options.userEmail, {
      headNotification: { content: { type: 'jira:test', message: 'Newest', actor: {} } },
    });

    const second = await feedPage({ first: 10, after: first.notificationFeed.pageInfo.endCursor });

    expect(second.notificationFeed.nodes[0]?.headNotification.notificationId).toBe(
      seeded()[11]?.notificationId,
    );
  });

  it('flat mode makes single heads', async () => {
    const page = await feedPage({ first: 100, flat: true });

    expect(page.notificationFeed.nodes.every((node) => node.groupSize === 1)).toBe(true);
    expect(page.notificationFeed.nodes.every((node) => node.additionalActors.length === 0)).toBe(
      true,
    );
  });

  it('grouped mode collapses server groups', async () => {
    const page = await feedPage({ first: 100, flat: false });
    const nodes = page.notificationFeed.nodes;
    const pageGroup = nodes.find((node) => node.groupSize === 5);
    const jiraGroup = nodes.find((node) =>
      node.headNotification.content.message.includes('NIM-128'),
    );

    expect(nodes).toHaveLength(seeded().length - 7);
    expect(pageGroup?.headNotification.content.actor.displayName).toBe('Lena Fischer');
    expect(pageGroup?.additionalActors.map((actor) => actor.displayName)).toEqual([
      'Mateo Álvarez',
      'Noah Brooks',
      'Yuki Tanaka',
    ]);
    expect(jiraGroup?.groupSize).toBe(3);
    expect(jiraGroup?.additionalActors).toHaveLength(2);
  });

  it('unread filter returns unread only', async () => {
    const page = await feedPage({ first: 100, readState: 'unread' });
    const unread = seeded().filter((item) => item.readState === 'unread');

    expect(page.notificationFeed.nodes).toHaveLength(unread.length);
    expect(
      page.notificationFeed.nodes.every((node) => node.headNotification.readState === 'unread'),
    ).toBe(true);
  });

  it('site ari scopes the feed', async () => {
    const page = await feedPage({ first: 100, collabContextRoutingAri: nimbusAri });
    const expected = seeded()
      .filter((item) => item.workspaceId === nimbusAri)
      .map((item) => item.notificationId);
    const ids = page.notificationFeed.nodes.map((node) => node.headNotification.notificationId);

    expect(ids).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(seeded().length);
  });

  it('workspace filter scopes the feed', async () => {
    const query = `query Old($workspaceId: String) {
      notifications {
        notificationFeed(first: 100, filter: { workspaceId: $workspaceId }) {
          nodes { headNotification { content { bodyItems { type } } } }
        }
      }
    }`;

    const body = await fetchFeed({ workspaceId: ORBIT_SITE.cloudId }, query);
    const orbitCount = seeded().filter((item) =>
      item.workspaceId?.endsWith(ORBIT_SITE.cloudId),
    ).length;

    expect(body.errors).toBeUndefined();
    expect(body.data?.notifications?.notificationFeed.nodes).toHaveLength(orbitCount);
  });

  it('invalid site ari fails', async () => {
    const body = await fetchFeed({ first: 5, collabContextRoutingAri: 'nimbus.atlassian.net' });

    expect(body.data).toEqual({ notifications: null });
    expect(body.errors?.[0]?.extensions?.errorType).toBe('BAD_REQUEST');
  });

  it('foreign site ari is forbidden', async () => {
    const body = await fetchFeed({
      first: 5,
      collabContextRoutingAri: 'ari:cloud:platform::site/0000',
    });

    expect(body.errors?.[0]?.extensions?.errorType).toBe('FORBIDDEN');
  });

  it('first above 100 fails', async () => {
    const body = await fetchFeed({ first: 101 });

    expect(body.data).toEqual({ notifications: null });
    expect(body.errors?.[0]?.message).toBe('first must be between 0 and 100; got 101.');
    expect(body.errors?.[0]?.path).toEqual(['notifications', 'notificationFeed']);
  });

  it('damaged cursor fails', async () => {
    const body = await fetchFeed({ first: 5, after: 'bm90LWEtY3Vyc29y' });

    expect(body.errors?.[0]?.message).toContain('Cursor "bm90LWEtY3Vyc29y" is invalid');
  });

  it('default page size is 25', async () => {
    const page = await feedPage({});

    expect(page.notificationFeed.nodes).toHaveLength(25);
  });

  it('seeded odd shapes pass through', async () => {
    const page = await feedPage({ first: 100 });
    const heads = page.notificationFeed.nodes.map((node) => node.headNotification);
    const attribute = (head: (typeof heads)[number], key: string) =>
      head.analyticsAttributes?.find((entry) => entry.key === key)?.value;

    expect(heads.some((head) => head.content.entity === null)).toBe(true);
    expect(heads.some((head) => head.content.actor.displayName === null)).toBe(true);
    expect(heads.some((head) => head.content.path === null)).toBe(true);
    expect(
      heads.some((head) => Array.isArray(head.content.path) && head.content.path.length === 0),
    ).toBe(true);
    expect(heads.some((head) => head.analyticsAttributes === null)).toBe(true);
    expect(heads.some((head) => head.content.message.includes('<script>'))).toBe(true);
    expect(heads.some((head) => head.content.message.includes('&'))).toBe(true);
    expect(heads.some((head) => /\p{Extended_Pictographic}/u.test(head.content.message))).toBe(
      true,
    );
    expect(heads.some((head) => head.content.message.length > 2000)).toBe(true);
    expect(
      heads.some((head) => head.content.entity?.url?.startsWith('https://bitbucket.org/')),
    ).toBe(true);
    expect(new Set(heads.map((head) => attribute(head, 'registrationProduct')))).toEqual(
      new Set([
        'jira',
        'opsgenie',
        'confluence',
        'compass',
        'bitbucket',
        'post-office',
        'team-central',
        'rovo',
        'people-and-teams-collective',
        'loom',
        undefined,
      ]),
    );
    expect(new Set(heads.map((head) => attribute(head, 'subProduct')))).toEqual(
      new Set(['software', 'core', 'servicedesk', 'opsgenie', undefined]),
    );
  });

  it('feed without bodyItems drops items', async () => {
    const withoutBodyItems = MY_NOTIFICATIONS.replace(/bodyItems \{[\s\S]*?\n {4}\}\n/, '');
    expect(withoutBodyItems).not.toContain('bodyItems');

    const full = await feedPage({ first: 100 });
    const reduced = (await fetchFeed({ first: 100 }, withoutBodyItems)).data?.notifications ?? null;
    const liveDoc = (nodes: FeedData['notifications']) =>
      nodes?.notificationFeed.nodes.find((node) =>
        node.headNotification.content.message.includes('Roadmap 2027'),
      )?.headNotification.content;
    const messages = reduced?.notificationFeed.nodes.map(
      (node) => node.headNotification.content.message,
    );

    expect(reduced?.notificationFeed.nodes).toHaveLength(full.notificationFeed.nodes.length - 1);
    expect(messages).not.toContain('Sam Okafor shared a page with you');
    expect(liveDoc(full)?.url).toMatch(/^https:\/\/nimbus/);
    expect(liveDoc(reduced)?.url).toBeNull();
    expect(liveDoc(reduced)?.entity?.url).toBeNull();
  });

  it('group query lists members', async () => {
    const grouped = await feedPage({ first: 100, flat: false });
    const group = grouped.notificationFeed.nodes.find((node) => node.groupSize === 5);

    const all = await postGraphQL<{ notifications: { notificationGroup: { nodes: unknown[] } } }>(
      simulator,
      {
        query: RETRIEVE_NOTIFICATIONS_BY_GROUP_ID,
        variables: { groupId: group?.groupId, first: 5, readState: null },
        authorization: demoBasicAuth(simulator),
      },
    );
    const unread = await postGraphQL<{
      notifications: { notificationGroup: { nodes: unknown[] } };
    }>(simulator, {
      query: RETRIEVE_NOTIFICATIONS_BY_GROUP_ID,
      variables: { groupId: group?.groupId, first: 5, readState: 'unread' },
      authorization: demoBasicAuth(simulator),
    });

    expect(all.body.errors).toBeUndefined();
    expect(all.body.data?.notifications.notificationGroup.nodes).toHaveLength(5);
    expect(unread.body.data?.notifications.notificationGroup.nodes).toHaveLength(3);
    expect(unread.body.data?.notifications.notificationGroup.nodes).toContainEqual({
      notificationId: group?.headNotification.notificationId,
      readState: 'unread',
    });
  });

  it('seed is stable for a clock', async () => {
    const first = seeded();
    simulator.control.reset();

    expect(seeded()).toEqual(first);
    expect(first[0]?.timestamp).toBe('2026-03-02T08:56:00.000Z');
  });
});
