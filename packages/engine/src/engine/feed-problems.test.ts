import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { feedNode, feedResponse, systemNoticeNode } from '../atlassian/fixtures/feed-nodes.ts';
import {
  type RecordedRequest,
  type ScriptedServer,
  startScriptedServer,
} from '../atlassian/fixtures/scripted-server.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { FileSecretStore } from '../credentials/index.ts';
import { createLogger } from '../log/logger.ts';
import { createEngine } from './create-engine.ts';
import type { Engine } from './engine.ts';

const siteB = { cloudId: 'cloud-b', host: 'site-b.atlassian.net' };

/** The feed response the scripted gateway sends to the next `MyNotifications` request. */
let nextFeed: unknown;
let server: ScriptedServer;
let home: string;
let engine: Engine;

function operationOf(request: RecordedRequest): string {
  return request.body.query?.match(/^(?:query|mutation) (\w+)/)?.[1] ?? '';
}

beforeEach(async () => {
  server = await startScriptedServer((request) => {
    if (operationOf(request) === 'Me') {
      return {
        body: { data: { me: { user: { accountId: 'acc-1', name: 'Ada', picture: null } } } },
      };
    }
    if (operationOf(request) === 'MyNotifications') {
      return { body: nextFeed };
    }
    return { status: 500, body: { errors: [{ message: 'unexpected request' }] } };
  });
  home = await mkdtemp(join(tmpdir(), 'atlassify-problems-'));
  engine = await createEngine({
    home,
    endpoints: endpointsForBaseUrl(new URL(server.url).origin),
    secrets: new FileSecretStore(join(home, 'credentials.json')),
    logger: createLogger({ level: 'silent' }),
    env: {},
    openUrl: async () => {},
  });
  nextFeed = feedResponse([]);
  await engine.signInWithApiToken({ email: 'ada@example.test', token: 'token' });
});

afterEach(async () => {
  await engine.stop();
  await server.close();
  await rm(home, { recursive: true, force: true });
});

function goodPage() {
  return feedResponse([
    feedNode({ id: 'good-1' }),
    feedNode({
      id: 'good-2',
      cloudId: siteB.cloudId,
      url: `https://${siteB.host}/browse/B-1`,
    }),
  ]);
}

async function poll(response: unknown) {
  nextFeed = response;
  await engine.refresh();
  const snapshot = engine.snapshot();
  return { feed: snapshot.feeds[0], account: snapshot.view?.accounts[0] };
}

function sentOperations(): string[] {
  return server.requests.map(operationOf);
}

describe('a feed that fails after a good poll', () => {
  const downstream = {
    message: 'Downstream service unavailable',
    path: ['notifications', 'notificationFeed'],
    extensions: { statusCode: 503 },
  };

  it('keeps the list on errors with empty nodes', async () => {
    await poll(goodPage());

    const { feed, account } = await poll(feedResponse([], { errors: [downstream] }));

    expect(feed?.status).toBe('error');
    expect(feed?.error?.code).toBe('SERVER_ERROR');
    expect(feed?.notifications.map((row) => row.id)).toEqual(['good-1', 'good-2']);
    expect(account?.listState).toBe('list');
    expect(account?.refreshFailed).toBe(true);
    expect(sentOperations()).not.toContain('MarkAsRead');
  });

  it('keeps the list on errors without data', async () => {
    await poll(goodPage());

    const { feed, account } = await poll({ data: null, errors: [downstream] });

    expect(feed?.status).toBe('error');
    expect(feed?.notifications).toHaveLength(2);
    expect(account?.refreshFailed).toBe(true);
    expect(sentOperations()).not.toContain('MarkAsRead');
  });

  it('never says caught up without a list', async () => {
    const { account } = await poll({ data: null, errors: [downstream] });

    expect(account?.listState).toBe('could-not-refresh');
  });
});

describe('partial results', () => {
  it('shows the data and names the site', async () => {
    const response = {
      ...goodPage(),
      errors: [
        { message: 'Site not accessible', extensions: { statusCode: 403, cloudId: siteB.cloudId } },
      ],
    };

    const { feed, account } = await poll(response);

    expect(feed?.status).toBe('ok');
    expect(account?.ids).toEqual(['good-1', 'good-2']);
    expect(feed?.warnings).toEqual([
      {
        kind: 'partial-results',
        message: 'Site not accessible',
        cloudId: siteB.cloudId,
        siteHost: siteB.host,
        site: siteB.host,
        status: 403,
      },
    ]);
  });

  it('names an unknown site by cloud id', async () => {
    const response = {
      ...feedResponse([feedNode({ id: 'a' })]),
      errors: [
        { message: 'Site not accessible', extensions: { statusCode: 403, cloudId: 'cloud-z' } },
      ],
    };

    const { feed } = await poll(response);

    expect(feed?.warnings?.[0]).toMatchObject({ siteHost: null, site: 'cloud-z' });
  });

  it('names a site seen in an earlier poll', async () => {
    await poll(goodPage());
    const response = {
      ...feedResponse([feedNode({ id: 'good-1' })]),
      errors: [
        { message: 'Site not accessible', extensions: { statusCode: 403, cloudId: siteB.cloudId } },
      ],
    };

    const { feed } = await poll(response);

    expect(feed?.warnings?.[0]).toMatchObject({ siteHost: siteB.host, site: siteB.host });
  });
});

describe('odd nodes', () => {
  it('lists a system notice between good nodes', async () => {
    const variant = feedNode({ id: 'variant', path: null, additionalActors: null });

    const { feed, account } = await poll(
      feedResponse([feedNode({ id: 'a' }), systemNoticeNode, variant, feedNode({ id: 'b' })]),
    );

    expect(account?.ids).toEqual(['a', 'system-1', 'variant', 'b']);
    expect(account?.unreadCount).toBe(4);
    const notice = feed?.notifications.find((row) => row.id === 'system-1');
    expect(notice).toMatchObject({ product: 'unknown', message: 'Your site will be upgraded' });
    expect(JSON.stringify(notice)).not.toContain('null"');
    expect(feed?.skipped).toEqual([]);
  });

  it('skips and reports a malformed node', async () => {
    const broken = feedNode({ id: 'broken', readState: 'bogus' });

    const { feed, account } = await poll(
      feedResponse([feedNode({ id: 'a' }), broken, feedNode({ id: 'b' })]),
    );

    expect(feed?.status).toBe('ok');
    expect(account?.ids).toEqual(['a', 'b']);
    expect(feed?.skipped).toEqual([
      { id: 'broken', reason: expect.stringContaining('headNotification.readState') },
    ]);
  });
});
