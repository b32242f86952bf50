import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
  type EngineHarness,
  nextSnapshot,
  startEngineHarness,
} from '../../test/feed/engine-harness.ts';
import { AccountRepository } from '../accounts/index.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { FileSecretStore } from '../credentials/index.ts';
import { createLogger } from '../log/logger.ts';
import { SettingsStore } from '../settings/settings-store.ts';
import { AccountFeeds } from './account-feeds.ts';
import { createEngine } from './create-engine.ts';
import type { Engine } from './engine.ts';
import { EngineState } from './engine-state.ts';
import { watchStateFiles } from './state-files-watch.ts';

let harness: EngineHarness | undefined;
const others: Engine[] = [];

afterEach(async () => {
  for (const engine of others.splice(0)) {
    await engine.stop();
  }
  await harness?.close();
  harness = undefined;
});

/** A second engine on the same home, as `atlassify login` in another process would build. */
async function otherEngine(current: EngineHarness): Promise<Engine> {
  const engine = await createEngine({
    home: current.home,
    endpoints: endpointsForBaseUrl(current.simulator.url),
    secrets: new FileSecretStore(join(current.home, 'credentials.json')),
    logger: createLogger({ level: 'silent' }),
    env: {},
  });
  others.push(engine);
  return engine;
}

describe('state files watch', () => {
  it('sees an account added elsewhere', async () => {
    harness = await startEngineHarness({ start: true });
    const current = harness;
    current.simulator.control.addUser({
      email: 'lee@example.test',
      apiToken: 'lee-token',
      name: 'Lee Added',
    });
    const loaded = nextSnapshot(
      current.engine,
      (snapshot) =>
        snapshot.accounts.length === 2 && snapshot.feeds.every((feed) => feed.status === 'ok'),
    );

    const other = await otherEngine(current);
    await other.signInWithApiToken({ email: 'lee@example.test', token: 'lee-token' });
    const snapshot = await loaded;

    expect(snapshot.accounts.map((account) => account.email).sort()).toEqual([
      'demo@atlassify.test',
      'lee@example.test',
    ]);
  });

  it('drops an account signed out elsewhere', async () => {
    harness = await startEngineHarness({ start: true });
    const current = harness;
    const emptied = nextSnapshot(current.engine, (snapshot) => snapshot.accounts.length === 0);

    const other = await otherEngine(current);
    await other.signOut(current.accountId);
    const snapshot = await emptied;

    expect(snapshot.feeds).toEqual([]);
  });

  it('applies settings changed elsewhere', async () => {
    harness = await startEngineHarness({ start: true });
    const current = harness;
    const changed = nextSnapshot(
      current.engine,
      (snapshot) => snapshot.settings?.groupByProduct === true,
    );

    await SettingsStore.forStateHome(current.home).updateSettings({ groupByProduct: true });
    const snapshot = await changed;

    expect(current.engine.getSettings().groupByProduct).toBe(true);
    expect(snapshot.view?.accounts[0]?.productGroups).not.toBeNull();
  });

  it('applies sites added elsewhere', async () => {
    harness = await startEngineHarness({ start: true });
    const current = harness;
    const added = nextSnapshot(current.engine, (snapshot) =>
      (snapshot.accounts[0]?.siteHosts ?? []).some((site) => site.host === 'nimbus.atlassian.net'),
    );
    current.simulator.control.clearRequests();

    const other = await otherEngine(current);
    await other.addSite(current.accountId, 'nimbus.atlassian.net');
    await added;

    expect(current.engine.listSites(current.accountId).map((site) => site.host)).toEqual([
      'nimbus.atlassian.net',
    ]);
    await expect
      .poll(() =>
        current.simulator.control
          .requests()
          .some((entry) => entry.operationName === 'MyNotifications'),
      )
      .toBe(true);
  });

  it('falls back to a re-read per interval', async () => {
    harness = await startEngineHarness();
    const current = harness;
    const accounts = AccountRepository.forStateHome(current.home);
    const state = new EngineState({ demo: false, version: 'test' });
    state.setAccounts(await accounts.list());
    const feeds = new AccountFeeds(
      { getCredential: never, refreshAfterUnauthorized: never },
      state,
      {},
      createLogger({ level: 'silent' }),
    );
    // The debounce outlasts the test, so only the interval re-read can apply the change.
    const watch = watchStateFiles({
      accounts,
      settingsStore: SettingsStore.forStateHome(current.home),
      state,
      feeds,
      logger: createLogger({ level: 'silent' }),
      intervalMs: () => 50,
      debounceMs: 10 * 60_000,
    });
    try {
      const emptied = new Promise<void>((resolve) =>
        state.subscribe((snapshot) => {
          if (snapshot.accounts.length === 0) {
            resolve();
          }
        }),
      );

      await accounts.remove(current.accountId);
      await emptied;

      expect(state.accountRecords()).toEqual([]);
    } finally {
      watch.close();
    }
  });
});

function never(): Promise<never> {
  return Promise.reject(new Error('the fallback test sends no request'));
}
