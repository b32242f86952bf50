import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { NIMBUS_SITE, ORBIT_SITE } from '@atlassify/simulator';
import { afterEach, describe, expect, it } from 'vitest';

import {
  type EngineHarness,
  requestsOf,
  startEngineHarness,
} from '../../test/feed/engine-harness.ts';
import { ErrorCode } from '../errors/atlassify-error.ts';

let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function signedIn(): Promise<EngineHarness> {
  harness = await startEngineHarness();
  return harness;
}

describe('adding sites', () => {
  it('reduces a pasted URL to its host', async () => {
    const current = await signedIn();

    const site = await current.engine.addSite(
      current.accountId,
      '  https://NIMBUS.atlassian.net/jira/your-work?x=1 ',
    );

    expect(site).toMatchObject({ host: NIMBUS_SITE.hostName, cloudId: NIMBUS_SITE.cloudId });
    expect(current.engine.snapshot().accounts[0]?.siteHosts).toEqual([site]);
    expect(current.engine.listSites(current.accountId)).toEqual([site]);
    const stored = JSON.parse(await readFile(join(current.home, 'account-sites.json'), 'utf8'));
    expect(stored.accounts[current.accountId]).toEqual([site]);
  });

  it('tells duplicates from unknown hosts', async () => {
    const current = await signedIn();
    await current.engine.addSite(current.accountId, NIMBUS_SITE.hostName);

    await expect(
      current.engine.addSite(current.accountId, 'nimbus.atlassian.net/'),
    ).rejects.toMatchObject({
      code: ErrorCode.siteAlreadyAdded,
      message: "nimbus.atlassian.net is already one of this account's sites.",
    });
    await expect(
      current.engine.addSite(current.accountId, 'nowhere.atlassian.net'),
    ).rejects.toMatchObject({
      code: ErrorCode.siteNotFound,
      message: 'Atlassian has no site at nowhere.atlassian.net.',
    });
    await expect(current.engine.addSite(current.accountId, 'not a host')).rejects.toMatchObject({
      code: ErrorCode.invalidInput,
    });
  });

  it('removes a site and forgets it on sign-out', async () => {
    const current = await signedIn();
    await current.engine.addSite(current.accountId, ORBIT_SITE.hostName);

    await expect(
      current.engine.removeSite(current.accountId, 'nimbus.atlassian.net'),
    ).rejects.toMatchObject({ code: ErrorCode.siteNotFound });
    await current.engine.removeSite(current.accountId, 'https://orbit.atlassian.net/');
    expect(current.engine.listSites(current.accountId)).toEqual([]);

    await current.engine.addSite(current.accountId, ORBIT_SITE.hostName);
    await current.engine.signOut(current.accountId);
    const stored = JSON.parse(await readFile(join(current.home, 'account-sites.json'), 'utf8'));
    expect(stored.accounts).toEqual({});
  });
});

describe('site scoping', () => {
  it('adds sites to the unscoped feed', async () => {
    const current = await signedIn();
    await current.engine.refresh();
    const unscopedIds = new Set(
      current.engine.snapshot().feeds[0]?.notifications.map((row) => row.id),
    );
    const unscopedRequests = requestsOf(current.simulator, 'MyNotifications').length;
    await current.engine.addSite(current.accountId, NIMBUS_SITE.hostName);
    current.simulator.control.clearRequests();

    await current.engine.refresh();

    // One page each: the unscoped feed and the nimbus site.
    expect(requestsOf(current.simulator, 'MyNotifications')).toHaveLength(2 * unscopedRequests);
    const feed = current.engine.snapshot().feeds[0];
    expect(new Set(feed?.notifications.map((row) => row.id))).toEqual(unscopedIds);
    expect(feed?.notifications.some((row) => row.cloudId === ORBIT_SITE.cloudId)).toBe(true);
    expect(feed?.notifications.every((row) => row.scope === null)).toBe(true);
    expect(feed?.warnings).toEqual([]);
  });

  it('names a failing site in a warning', async () => {
    const current = await signedIn();
    const email = 'nimbus-only@atlassify.test';
    current.simulator.control.addUser({
      email,
      apiToken: 'nimbus-only-token',
      name: 'Nimbus Only',
      sites: [NIMBUS_SITE.hostName],
    });
    const account = await current.engine.signInWithApiToken({ email, token: 'nimbus-only-token' });
    await current.engine.addSite(account.id, ORBIT_SITE.hostName);

    await current.engine.refresh();

    const feed = current.engine
      .snapshot()
      .feeds.find((candidate) => candidate.accountId === account.id);
    expect(feed?.status).toBe('ok');
    expect(feed?.warnings).toEqual([
      expect.objectContaining({
        kind: 'partial-results',
        cloudId: ORBIT_SITE.cloudId,
        siteHost: ORBIT_SITE.hostName,
        site: ORBIT_SITE.hostName,
        status: 403,
      }),
    ]);
  });
});
