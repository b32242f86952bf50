import { afterEach, describe, expect, it } from 'vitest';

import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import { fetchFeed, parseMyNotificationsPage } from './feed.ts';
import { feedNode, feedResponse, systemNoticeNode } from './fixtures/feed-nodes.ts';
import {
  type RecordedRequest,
  type ScriptedServer,
  startScriptedServer,
} from './fixtures/scripted-server.ts';

function nodes(count: number, offset = 0): Record<string, unknown>[] {
  return Array.from({ length: count }, (_, index) => feedNode({ id: `n-${offset + index}` }));
}

function thrown(run: () => unknown): RemoteError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(RemoteError);
    return error as RemoteError;
  }
  return expect.fail('expected a RemoteError');
}

describe('parseMyNotificationsPage', () => {
  it('reads items, cursor and unseen count', () => {
    const page = parseMyNotificationsPage(
      feedResponse([feedNode({ id: 'a' }), feedNode({ id: 'b' })], {
        hasNextPage: true,
        endCursor: 'c1',
        unseen: 5,
      }),
    );

    expect(page.items.map((item) => item.headNotification.notificationId)).toEqual(['a', 'b']);
    expect(page.nodeCount).toBe(2);
    expect(page.unseenCount).toBe(5);
    expect(page.hasNextPage).toBe(true);
    expect(page.endCursor).toBe('c1');
    expect(page.skipped).toEqual([]);
    expect(page.warnings).toEqual([]);
  });

  it('keeps a node with null optional fields', () => {
    const variant = feedNode({
      id: 'v',
      path: null,
      additionalActors: null,
      actor: null,
      attributes: null,
    });

    const page = parseMyNotificationsPage(
      feedResponse([feedNode({ id: 'a' }), systemNoticeNode, variant]),
    );

    expect(page.items).toHaveLength(3);
    expect(page.skipped).toEqual([]);
  });

  it('skips a malformed node only', () => {
    const badState = feedNode({ id: 'bad-state', readState: 'archived' });
    const noId = feedNode({ id: '' });
    const notAnObject = 'garbage';

    const page = parseMyNotificationsPage(
      feedResponse([feedNode({ id: 'a' }), badState, noId, notAnObject, feedNode({ id: 'b' })]),
    );

    expect(page.items.map((item) => item.headNotification.notificationId)).toEqual(['a', 'b']);
    expect(page.nodeCount).toBe(5);
    expect(page.skipped).toHaveLength(3);
    expect(page.skipped[0]).toEqual({
      id: 'bad-state',
      reason: expect.stringContaining('headNotification.readState'),
    });
    expect(page.skipped[1]?.id).toBe('group-');
    expect(page.skipped[2]?.id).toBeNull();
  });

  it('skips a node with a bad timestamp', () => {
    const page = parseMyNotificationsPage(
      feedResponse([feedNode({ id: 't', timestamp: 'yesterday' })]),
    );

    expect(page.items).toEqual([]);
    expect(page.skipped[0]?.reason).toContain('timestamp');
  });

  it('keeps data next to errors', () => {
    const errors = [
      { message: 'Site not accessible', extensions: { statusCode: 403, cloudId: 'cloud-b' } },
    ];

    const page = parseMyNotificationsPage(
      feedResponse([feedNode({ id: 'a' }), feedNode({ id: 'b' })], { errors }),
    );

    expect(page.items).toHaveLength(2);
    expect(page.warnings).toEqual([
      { message: 'Site not accessible', path: null, status: 403, cloudId: 'cloud-b' },
    ]);
  });

  it('throws on errors with empty nodes', () => {
    const errors = [
      {
        message: 'Downstream service unavailable',
        path: ['notifications', 'notificationFeed'],
        extensions: { statusCode: 503 },
      },
    ];

    const error = thrown(() => parseMyNotificationsPage(feedResponse([], { errors })));

    expect(error.code).toBe(ErrorCode.serverError);
    expect(error.message).toContain('Downstream service unavailable');
    expect(error.details.status).toBe(503);
  });

  it('throws on errors without data', () => {
    const error = thrown(() =>
      parseMyNotificationsPage({ data: null, errors: [{ message: 'Boom' }] }),
    );

    expect(error.code).toBe(ErrorCode.serverError);
  });

  it('maps GraphQL 401 to INVALID_CREDENTIALS', () => {
    const json = {
      data: null,
      errors: [{ message: 'Unauthorized', extensions: { statusCode: 401 } }],
    };

    const error = thrown(() => parseMyNotificationsPage(json));

    expect(error.code).toBe(ErrorCode.invalidCredentials);
    expect(error.details.status).toBe(401);
  });

  it('maps GraphQL 403 by credential kind', () => {
    const json = {
      data: { notifications: null },
      errors: [{ message: 'Forbidden', extensions: { statusCode: 403 } }],
    };

    const error = thrown(() => parseMyNotificationsPage(json, { credentialKind: 'bearer' }));

    expect(error.code).toBe(ErrorCode.notificationsUnavailableWithOAuth);
  });

  it('rejects a response of the wrong shape', () => {
    expect(thrown(() => parseMyNotificationsPage('nope')).code).toBe(ErrorCode.badResponse);
    expect(thrown(() => parseMyNotificationsPage({ data: { notifications: 5 } })).code).toBe(
      ErrorCode.badResponse,
    );
    expect(thrown(() => parseMyNotificationsPage({})).code).toBe(ErrorCode.badResponse);
  });

  it('treats a missing feed as empty', () => {
    const page = parseMyNotificationsPage({
      data: { notifications: { unseenNotificationCount: 0 } },
    });

    expect(page.items).toEqual([]);
    expect(page.hasNextPage).toBe(false);
  });
});

describe('fetchFeed paging', () => {
  let server: ScriptedServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function feedFrom(reply: (request: RecordedRequest, index: number) => unknown) {
    server = await startScriptedServer((request, index) => ({ body: reply(request, index) }));
    const credential: AtlassianCredential = {
      kind: 'basic',
      authorization: 'Basic eA==',
      graphqlUrl: server.url,
    };
    return fetchFeed({ credential, readState: 'unread', flat: true });
  }

  it('follows the cursor to a short page', async () => {
    const feed = await feedFrom((_, index) =>
      index < 2
        ? feedResponse(nodes(100, index * 100), {
            hasNextPage: true,
            endCursor: `c${index + 1}`,
            unseen: 250,
          })
        : feedResponse(nodes(50, 200), { hasNextPage: true, endCursor: 'c3', unseen: 250 }),
    );

    expect(feed.items).toHaveLength(250);
    expect(feed.pageCount).toBe(3);
    expect(feed.unseenCount).toBe(250);
    expect(feed.hasMore).toBe(false);
    const variables = server?.requests.map((request) => request.body.variables);
    expect(variables?.[0]).toEqual({ readState: 'unread', flat: true, first: 100 });
    expect(variables?.[1]?.after).toBe('c1');
    expect(variables?.[2]?.after).toBe('c2');
  });

  it('stops on a null endCursor', async () => {
    const feed = await feedFrom(() =>
      feedResponse(nodes(100), { hasNextPage: true, endCursor: null }),
    );

    expect(feed.pageCount).toBe(1);
    expect(feed.items).toHaveLength(100);
  });

  it('stops on hasNextPage false', async () => {
    const feed = await feedFrom(() =>
      feedResponse(nodes(100), { hasNextPage: false, endCursor: 'c1' }),
    );

    expect(feed.pageCount).toBe(1);
  });

  it('tolerates hasNextPage on the last page', async () => {
    const feed = await feedFrom((_, index) =>
      index === 0
        ? feedResponse(nodes(100), { hasNextPage: true, endCursor: 'c1' })
        : feedResponse([], { hasNextPage: true, endCursor: 'c2' }),
    );

    expect(feed.pageCount).toBe(2);
    expect(feed.items).toHaveLength(100);
    expect(feed.hasMore).toBe(false);
  });

  it('caps at 1,000 items', async () => {
    const feed = await feedFrom((_, index) =>
      feedResponse(nodes(100, index * 100), { hasNextPage: true, endCursor: `c${index + 1}` }),
    );

    expect(feed.pageCount).toBe(10);
    expect(feed.items).toHaveLength(1000);
    expect(feed.hasMore).toBe(true);
  });

  it('de-duplicates items across pages', async () => {
    const feed = await feedFrom((_, index) =>
      index === 0
        ? feedResponse(nodes(100), { hasNextPage: true, endCursor: 'c1' })
        : feedResponse(nodes(10, 95)),
    );

    expect(feed.items).toHaveLength(105);
  });

  it('scopes requests to a site', async () => {
    server = await startScriptedServer(() => ({ body: feedResponse([]) }));
    const credential: AtlassianCredential = {
      kind: 'basic',
      authorization: 'Basic eA==',
      graphqlUrl: server.url,
    };

    await fetchFeed({ credential, readState: null, flat: false, cloudId: 'cloud-a' });

    expect(server.requests[0]?.body.variables).toEqual({
      readState: null,
      flat: false,
      first: 100,
      collabContextRoutingAri: 'ari:cloud:platform::site/cloud-a',
    });
    expect(server.requests[0]?.body.query).toContain('query MyNotifications(');
    expect(server.requests[0]?.body.query).toContain('bodyItems');
    expect(server.requests[0]?.body).not.toHaveProperty('operationName');
  });
});
