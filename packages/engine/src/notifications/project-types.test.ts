import { NIMBUS_SITE, type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import {
  type EngineHarness,
  requestsOf,
  startEngineHarness,
} from '../../test/feed/engine-harness.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import {
  type AtlassianCredential,
  apiTokenCredential,
} from '../credentials/atlassian-credential.ts';
import type { Notification } from './notification.ts';
import { JiraProjectTypes } from './project-types.ts';

const lookupPath = '/ex/jira/';

describe('Jira project types in the feed', () => {
  let harness: EngineHarness;

  beforeEach(async () => {
    harness = await startEngineHarness({ feed: { unreadOnly: false } });
  });
  afterEach(() => harness.close());

  function byMessage(fragment: string): Notification | undefined {
    return harness.engine
      .snapshot()
      .feeds[0]?.notifications.find((row) => row.message.includes(fragment));
  }

  function addJiraItem(id: string, key: string): void {
    const url = `${NIMBUS_SITE.url}/browse/${key}`;
    harness.simulator.control.addNotification(harness.simulator.options.userEmail, {
      headNotification: {
        notificationId: id,
        content: {
          type: 'jira:issue-updated',
          message: `Sam Okafor updated ${key}`,
          url,
          actor: { displayName: 'Sam Okafor' },
          entity: { title: key, url },
          path: [{ title: `${key} Item`, url }],
        },
        entityModel: { objectId: `issue-${id}`, cloudId: NIMBUS_SITE.cloudId },
        analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
      },
    });
  }

  it('refines products once per key', async () => {
    await harness.engine.refresh();

    expect(byMessage('IDEA-14')?.product).toBe('jira_product_discovery');
    expect(byMessage('DISC-3')?.product).toBe('jira_product_discovery');
    expect(byMessage('CARE-9')?.product).toBe('jira_service_management');
    expect(byMessage('export is ready')?.product).toBe('jira');
    expect(byMessage('MKT-57')?.product).toBe('jira');
    const paths = requestsOf(harness.simulator, lookupPath).map((entry) => entry.path);
    expect(paths.map((path) => path.split('/').at(-1)).sort()).toEqual(['CARE', 'DISC', 'IDEA']);
    expect(paths).toContain(`/ex/jira/${NIMBUS_SITE.cloudId}/rest/api/3/project/IDEA`);
  });

  it('reuses answers and retries failures', async () => {
    addJiraItem('mkt-a', 'MKT-1');
    addJiraItem('mkt-b', 'MKT-2');
    addJiraItem('zzz-a', 'ZZZ-1');
    await harness.engine.refresh();
    const first = requestsOf(harness.simulator, lookupPath).map((entry) => entry.path);
    harness.simulator.control.clearRequests();

    await harness.engine.refresh();
    const second = requestsOf(harness.simulator, lookupPath);

    expect(first.filter((path) => path.endsWith('/MKT'))).toHaveLength(1);
    expect(first.filter((path) => path.endsWith('/ZZZ'))).toHaveLength(1);
    expect(second.map((entry) => [entry.path.split('/').at(-1), entry.status])).toEqual([
      ['ZZZ', 404],
    ]);
    expect(byMessage('ZZZ-1')?.product).toBe('jira');
  });
});

describe('JiraProjectTypes', () => {
  let simulator: RunningSimulator;
  let credential: AtlassianCredential;
  let nowMs = 0;

  beforeAll(async () => {
    simulator = await startSimulator({ port: 0 });
    credential = apiTokenCredential(
      simulator.options.userEmail,
      simulator.options.apiToken,
      endpointsForBaseUrl(simulator.url),
    );
  });
  afterAll(() => simulator.close());
  beforeEach(() => {
    simulator.control.clearRequests();
    nowMs = 0;
  });

  function lookups(): JiraProjectTypes {
    return new JiraProjectTypes({ apiBaseUrl: simulator.url, ttlMs: 1_000, now: () => nowMs });
  }

  it('asks again after the time limit', async () => {
    const types = lookups();
    const reference = { projectKey: 'IDEA', cloudId: NIMBUS_SITE.cloudId, host: null };

    const first = await types.resolve([{ reference, scopeCloudId: null }], credential);
    nowMs = 999;
    await types.resolve([{ reference, scopeCloudId: null }], credential);
    nowMs = 1_000;
    await types.resolve([{ reference, scopeCloudId: null }], credential);

    expect(first.get(reference)).toBe('jira_product_discovery');
    expect(requestsOf(simulator, lookupPath)).toHaveLength(2);
  });

  it('resolves a host to its cloud id', async () => {
    const types = lookups();
    const reference = { projectKey: 'OPS', cloudId: null, host: NIMBUS_SITE.hostName };

    const products = await types.resolve([{ reference, scopeCloudId: null }], credential);
    await types.resolve([{ reference, scopeCloudId: null }], credential);

    expect(products.get(reference)).toBe('jira_service_management');
    expect(requestsOf(simulator, 'RetrieveCloudIDsForHostnames')).toHaveLength(1);
    expect(requestsOf(simulator, lookupPath)).toHaveLength(1);
  });

  it('never caches a failure', async () => {
    const failures: string[] = [];
    const types = new JiraProjectTypes({
      apiBaseUrl: simulator.url,
      onLookupFailed: ({ what }) => failures.push(what),
    });
    const reference = { projectKey: 'NOPE', cloudId: NIMBUS_SITE.cloudId, host: null };

    const products = await types.resolve([{ reference, scopeCloudId: null }], credential);
    await types.resolve([{ reference, scopeCloudId: null }], credential);

    expect(products.has(reference)).toBe(false);
    expect(failures).toEqual(['project', 'project']);
    expect(requestsOf(simulator, lookupPath).map((entry) => entry.status)).toEqual([404, 404]);
  });
});
