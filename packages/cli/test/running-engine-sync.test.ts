import type { Snapshot } from '@atlassify/engine';
import { describe, type ExpectStatic, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { fetchSnapshot, openLaunchUrl, useStartedEngine } from './support/engine-server.ts';
import { cliEnv, useHome, useSimulator } from './support/setup.ts';

/** Polls the running engine's snapshot until `test` holds, and returns that snapshot. */
async function snapshotWhere(
  expect: ExpectStatic,
  origin: string,
  cookie: string,
  test: (snapshot: Snapshot) => boolean,
): Promise<Snapshot> {
  await expect.poll(async () => test(await fetchSnapshot(origin, cookie))).toBe(true);
  return fetchSnapshot(origin, cookie);
}

describe('running engine and other commands', () => {
  it('follows login, settings and logout', async ({ expect, onTestFinished }) => {
    const simulator = await useSimulator(onTestFinished);
    const home = await useHome('engine-sync', onTestFinished);
    const env = cliEnv(home, simulator.url);
    const engine = await useStartedEngine(onTestFinished, ['start', '--no-open'], { env });
    const { cookie } = await openLaunchUrl(engine.launchUrl);
    expect((await fetchSnapshot(engine.origin, cookie)).accounts).toEqual([]);

    const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
      env,
      input: simulator.options.apiToken,
    });
    expect(login.code, login.stderr).toBe(0);
    const signedIn = await snapshotWhere(
      expect,
      engine.origin,
      cookie,
      (snapshot) => snapshot.feeds[0]?.status === 'ok',
    );
    expect(signedIn.accounts.map((account) => account.email)).toEqual([
      simulator.options.userEmail,
    ]);
    expect(signedIn.feeds[0]?.notifications.length).toBeGreaterThan(0);

    const set = await runCli(['settings', 'set', 'groupByProduct', 'true'], { env });
    expect(set.code, set.stderr).toBe(0);
    await snapshotWhere(
      expect,
      engine.origin,
      cookie,
      (snapshot) => snapshot.settings?.groupByProduct === true,
    );

    const logout = await runCli(['logout', simulator.options.userEmail], { env });
    expect(logout.code, logout.stderr).toBe(0);
    const signedOut = await snapshotWhere(
      expect,
      engine.origin,
      cookie,
      (snapshot) => snapshot.accounts.length === 0,
    );
    expect(signedOut.feeds).toEqual([]);
  });
});
