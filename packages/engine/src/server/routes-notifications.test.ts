import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  addGroup,
  type EngineHarness,
  startEngineHarness,
} from '../../test/feed/engine-harness.ts';
import { createLogger } from '../log/logger.ts';
import type { Notification } from '../notifications/notification.ts';
import type { GroupMembersView, MarkResultView, OpenResultView } from './contract.ts';
import { apiRoutes } from './routes.ts';

let harness: EngineHarness;
let api: ReturnType<typeof apiRoutes>;

beforeAll(async () => {
  harness = await startEngineHarness();
  api = apiRoutes(harness.engine, createLogger({ level: 'silent' }));
  addGroup(harness.simulator, 'route-group', 3);
  await harness.engine.refresh();
});

afterAll(() => harness.close());

function send(method: string, path: string, body?: unknown) {
  return api.request(path, {
    method,
    ...(body === undefined
      ? {}
      : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  });
}

function rows(): Notification[] {
  return harness.engine.snapshot().feeds[0]?.notifications ?? [];
}

describe('settings routes', () => {
  it('change a setting', async () => {
    const response = await send('PUT', '/settings', { groupByProduct: true });

    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ groupByProduct: true, groupByTitle: true });
    const stored = (await (await send('GET', '/settings')).json()) as { groupByProduct: boolean };
    expect(stored.groupByProduct).toBe(true);
  });

  it('reject an invalid setting', async () => {
    const tooShort = await send('PUT', '/settings', { pollIntervalSeconds: 5 });
    const unknown = await send('PUT', '/settings', { colorScheme: 'dark' });

    expect(tooShort.status).toBe(400);
    expect(await tooShort.json()).toMatchObject({
      code: 'INVALID_INPUT',
      field: 'pollIntervalSeconds',
    });
    expect(unknown.status).toBe(400);
  });
});

describe('filter routes', () => {
  it('change and clear filters', async () => {
    await send('PUT', '/filters', { categories: ['watching'] });
    const response = await send('PUT', '/filters', { products: ['jira'] });

    expect(await response.json()).toMatchObject({ products: ['jira'], categories: ['watching'] });
    expect(harness.engine.snapshot().view?.filtersActive).toBe(true);
    expect(await (await send('DELETE', '/filters')).json()).toMatchObject({ products: [] });
  });

  it('reject an unknown product', async () => {
    const response = await send('PUT', '/filters', { products: ['loom'] });

    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ field: 'products.0' });
  });
});

describe('notification routes', () => {
  it('list group members', async () => {
    const head = rows().find((row) => row.groupId === 'route-group');

    const response = await send('GET', `/notifications/${head?.id}/members`);

    const view = (await response.json()) as GroupMembersView;
    expect(view.members.map((member) => member.id)).toEqual([
      'route-group-2',
      'route-group-1',
      'route-group-0',
    ]);
  });

  it('mark by product', async () => {
    const response = await send('POST', '/notifications/mark', {
      readState: 'read',
      product: 'bitbucket',
    });

    const result = (await response.json()) as MarkResultView;
    expect(result.rowCount).toBeGreaterThan(0);
    expect(
      rows()
        .filter((row) => row.product === 'bitbucket')
        .every((row) => row.readState === 'read'),
    ).toBe(true);
  });

  it('reject ids with a product', async () => {
    const response = await send('POST', '/notifications/mark', {
      readState: 'read',
      ids: ['x'],
      product: 'jira',
    });

    expect(response.status).toBe(400);
  });

  it('open returns the link used', async () => {
    const target = rows().find((row) => row.readState === 'unread' && row.groupSize === 1);

    const response = await send('POST', `/notifications/${target?.id}/open`);

    const result = (await response.json()) as OpenResultView;
    expect(result).toMatchObject({
      url: target?.openUrl,
      markedRead: true,
      noLinkAvailable: false,
    });
  });

  it('open the notifications page through the engine', async () => {
    const response = await send('POST', '/notifications-page/open');

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ url: 'https://home.atlassian.com/notifications' });
    expect(harness.opened.at(-1)).toBe('https://home.atlassian.com/notifications');
  });

  it('answer 404 for an unknown id', async () => {
    const response = await send('GET', '/notifications/no-such-id/members');

    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOTIFICATION_NOT_FOUND' });
  });
});

describe('site routes', () => {
  it('add, list and remove a site', async () => {
    const path = `/accounts/${harness.accountId}/sites`;

    const added = await send('POST', path, { host: 'https://orbit.atlassian.net/wiki' });
    const duplicate = await send('POST', path, { host: 'orbit.atlassian.net' });
    const unknown = await send('POST', path, { host: 'nowhere.atlassian.net' });
    const listed = await send('GET', path);
    const removed = await send('DELETE', `${path}/orbit.atlassian.net`);
    const removedAgain = await send('DELETE', `${path}/orbit.atlassian.net`);

    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ host: 'orbit.atlassian.net' });
    expect(duplicate.status).toBe(409);
    expect(await duplicate.json()).toMatchObject({ code: 'SITE_ALREADY_ADDED', field: 'host' });
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'SITE_NOT_FOUND', field: 'host' });
    expect(await listed.json()).toHaveLength(1);
    expect(removed.status).toBe(204);
    expect(removedAgain.status).toBe(404);
  });
});
