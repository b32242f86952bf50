import {
  DEMO_ACCOUNT_ID,
  NIMBUS_SITE,
  ORBIT_SITE,
  type RunningSimulator,
  startSimulator,
} from '@atlassify/simulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { endpointsForBaseUrl } from '../config/endpoints.ts';
import {
  type AtlassianCredential,
  apiTokenCredential,
  type CredentialProvider,
} from '../credentials/atlassian-credential.ts';
import { ErrorCode } from '../errors/atlassify-error.ts';
import { fetchNotifications } from '../notifications/fetch-notifications.ts';
import { isOpenableAtlassianUrl } from '../notifications/links.ts';
import { toNotification } from '../notifications/to-notification.ts';
import { fetchFeed } from './feed.ts';
import { fetchGroupMemberIds } from './group.ts';
import { fetchCloudIds, fetchMe } from './identity.ts';
import { markAsRead, markAsUnread } from './mark.ts';

let simulator: RunningSimulator;
let credential: AtlassianCredential;
let email: string;

beforeAll(async () => {
  simulator = await startSimulator({ port: 0 });
  email = simulator.options.userEmail;
  credential = apiTokenCredential(
    email,
    simulator.options.apiToken,
    endpointsForBaseUrl(simulator.url),
  );
});

afterAll(async () => {
  await simulator.close();
});

beforeEach(() => {
  simulator.control.reset();
});

/** Adds `count` unread Jira items through the control API; returns their ids, newest first. */
function addItems(count: number, prefix: string, groupId?: string): string[] {
  const base = Date.parse('2030-01-01T00:00:00.000Z');
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `${prefix}-${index}`;
    simulator.control.addNotification(email, {
      ...(groupId ? { groupId } : {}),
      headNotification: {
        notificationId: id,
        timestamp: new Date(base + index * 1000).toISOString(),
        content: {
          type: 'jira-issue-commented',
          message: `Ada commented on NIM-${index}`,
          url: `https://nimbus.atlassian.net/browse/NIM-${index}`,
          actor: { displayName: 'Ada Lovelace' },
          entity: {
            title: `NIM-${index} Item`,
            url: `https://nimbus.atlassian.net/browse/NIM-${index}`,
          },
          path: [{ title: 'Nimbus', url: 'https://nimbus.atlassian.net/browse/NIM' }],
        },
        entityModel: { objectId: `obj-${id}`, cloudId: NIMBUS_SITE.cloudId },
        analyticsAttributes: [
          { key: 'registrationProduct', value: 'jira' },
          { key: 'subProduct', value: 'software' },
        ],
      },
    });
    ids.unshift(id);
  }
  return ids;
}

function feedRequests() {
  return simulator.control.requests().filter((entry) => entry.operationName === 'MyNotifications');
}

describe('Atlassian client against the simulator', () => {
  it('fetches the seeded feed', async () => {
    const feed = await fetchFeed({ credential, readState: null, flat: true });

    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.skipped).toEqual([]);
    expect(feed.warnings).toEqual([]);
    expect(feed.items.length).toBe(simulator.control.notifications(email).length);
    expect(typeof feed.unseenCount).toBe('number');

    const notifications = feed.items.map((item) =>
      toNotification(item, { accountId: DEMO_ACCOUNT_ID }),
    );
    expect(
      notifications.every((notification) => isOpenableAtlassianUrl(notification.openUrl)),
    ).toBe(true);
    expect(notifications.some((notification) => notification.product !== 'unknown')).toBe(true);
    expect(notifications.every((notification) => notification.actor.displayName !== 'null')).toBe(
      true,
    );
  });

  it('pages over more than 100 items', async () => {
    const seededUnread = simulator.control
      .notifications(email)
      .filter((item) => item.readState === 'unread').length;
    addItems(150, 'page');
    simulator.control.clearRequests();

    const feed = await fetchFeed({ credential, readState: 'unread', flat: true });

    expect(feed.items).toHaveLength(seededUnread + 150);
    expect(feed.hasMore).toBe(false);
    expect(feed.pageCount).toBe(Math.ceil((seededUnread + 150) / 100));
    expect(feedRequests()).toHaveLength(feed.pageCount);
    expect(new Set(feed.items.map((item) => item.headNotification.notificationId)).size).toBe(
      feed.items.length,
    );
  });

  it('stops despite hasNextPage on the last page', async () => {
    addItems(120, 'quirk');
    simulator.control.setHasNextPageOnLastPage(true);
    simulator.control.clearRequests();

    const withQuirk = await fetchFeed({ credential, readState: null, flat: true });
    simulator.control.setHasNextPageOnLastPage(false);
    const withoutQuirk = await fetchFeed({ credential, readState: null, flat: true });

    expect(withQuirk.items).toHaveLength(withoutQuirk.items.length);
    expect(withQuirk.pageCount).toBe(withoutQuirk.pageCount);
  });

  it('groups when flat is false', async () => {
    addItems(3, 'grouped', 'group-under-test');

    const flat = await fetchFeed({ credential, readState: null, flat: true });
    const grouped = await fetchFeed({ credential, readState: null, flat: false });

    expect(grouped.items.length).toBeLessThan(flat.items.length);
    const head = grouped.items.find((item) => item.groupId === 'group-under-test');
    expect(head?.groupSize).toBe(3);
    expect(head?.headNotification.notificationId).toBe('grouped-2');
  });

  it('looks up group members', async () => {
    const ids = addItems(3, 'member', 'group-members');

    const members = await fetchGroupMemberIds({
      credential,
      groupId: 'group-members',
      groupSize: 3,
      readState: null,
    });

    expect(new Set(members)).toEqual(new Set(ids));
  });

  it('marks read and unread', async () => {
    const [id] = addItems(1, 'mark');
    const stateOf = () =>
      simulator.control.notifications(email).find((item) => item.notificationId === id)?.readState;

    await markAsRead({ credential, ids: [id ?? ''] });
    expect(stateOf()).toBe('read');

    await markAsUnread({ credential, ids: [id ?? ''] });
    expect(stateOf()).toBe('unread');
  });

  it('splits 101 ids into two calls', async () => {
    const ids = addItems(101, 'batch');
    simulator.control.clearRequests();

    const result = await markAsRead({ credential, ids });

    expect(result).toEqual({ markedCount: 101, requestCount: 2 });
    const marks = simulator.control
      .requests()
      .filter((entry) => entry.operationName === 'MarkAsRead');
    expect(marks.map((entry) => entry.status)).toEqual([200, 200]);
    const states = simulator.control
      .notifications(email)
      .filter((item) => ids.includes(item.notificationId));
    expect(states.every((item) => item.readState === 'read')).toBe(true);
  });

  it('reads the user and cloud ids', async () => {
    const me = await fetchMe({ credential });
    const sites = await fetchCloudIds({
      credential,
      hostNames: [NIMBUS_SITE.hostName, 'unknown.atlassian.net'],
    });

    expect(me.accountId).toBe(DEMO_ACCOUNT_ID);
    expect(sites).toEqual([{ hostName: NIMBUS_SITE.hostName, cloudId: NIMBUS_SITE.cloudId }]);
  });

  it('maps a wrong token to INVALID_CREDENTIALS', async () => {
    const wrong = apiTokenCredential(email, 'wrong-token', endpointsForBaseUrl(simulator.url));

    await expect(
      fetchFeed({ credential: wrong, readState: null, flat: true }),
    ).rejects.toMatchObject({
      code: ErrorCode.invalidCredentials,
      details: { status: 401 },
    });
  });
});

describe('fetchNotifications against the simulator', () => {
  /** Creates a provider whose stored token is stale until the first 401 makes it read the right one. */
  function staleTokenProvider(): CredentialProvider & { refreshCount: number } {
    const endpoints = endpointsForBaseUrl(simulator.url);
    const provider = {
      refreshCount: 0,
      getCredential: async () => apiTokenCredential(email, 'revoked-token', endpoints),
      refreshAfterUnauthorized: async () => {
        provider.refreshCount += 1;
        return apiTokenCredential(email, simulator.options.apiToken, endpoints);
      },
    };
    return provider;
  }

  it('retries once after 401', async () => {
    const provider = staleTokenProvider();
    simulator.control.clearRequests();

    const result = await fetchNotifications({
      provider,
      accountId: DEMO_ACCOUNT_ID,
      unreadOnly: true,
      groupByTitle: false,
    });

    expect(provider.refreshCount).toBe(1);
    expect(result.notifications.length).toBeGreaterThan(0);
    expect(feedRequests().map((entry) => entry.status)).toEqual([401, 200]);
  });

  it('adds site feeds to the unscoped one', async () => {
    const provider: CredentialProvider = {
      getCredential: async () => credential,
      refreshAfterUnauthorized: async () => credential,
    };

    const unscoped = await fetchNotifications({
      provider,
      accountId: 'a',
      unreadOnly: false,
      groupByTitle: false,
    });
    const scoped = await fetchNotifications({
      provider,
      accountId: 'a',
      unreadOnly: false,
      groupByTitle: false,
      cloudIds: [NIMBUS_SITE.cloudId, ORBIT_SITE.cloudId],
    });

    expect(new Set(scoped.notifications.map((item) => item.id))).toEqual(
      new Set(unscoped.notifications.map((item) => item.id)),
    );
    const timestamps = scoped.notifications.map((item) => Date.parse(item.timestamp));
    expect(timestamps).toEqual([...timestamps].sort((left, right) => right - left));
    expect(scoped.notifications.every((item) => item.cloudId !== null)).toBe(true);
    expect(scoped.notifications.every((item) => item.scope === null)).toBe(true);
    expect(scoped.unseenCount).toBe(unscoped.unseenCount);
  });
});
