import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, it } from 'vitest';

import { spawnInteractiveCli } from './support/cli.ts';
import { launchLinePattern } from './support/engine-server.ts';
import { isolatedEnv, useHome } from './support/setup.ts';

const startArgs = ['start', '--no-open', '--no-tray', '--port', '0'];

/** Lists the instance file and its lock entries left in a state folder. */
async function instanceEntries(folder: string): Promise<string[]> {
  const entries = await readdir(folder).catch(() => []);
  return entries.filter((entry) => entry.startsWith('instance.json'));
}

/** Waits until `start` has claimed the state folder: its lock or instance file exists. */
async function waitForClaim(folder: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await instanceEntries(folder)).length === 0) {
    if (Date.now() > deadline) {
      throw new Error(`start never claimed ${folder}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe.concurrent('start and stop signals', () => {
  it('stops cleanly on Ctrl-C during start-up', async ({ expect, onTestFinished }) => {
    const home = await useHome('signal-start-up', onTestFinished);
    const folder = home.env.ATLASSIFY_HOME;
    const start = spawnInteractiveCli(startArgs, { env: isolatedEnv(home) });
    onTestFinished(() => start.stop());

    await waitForClaim(folder);
    start.child.kill('SIGINT');
    const result = await start.result();

    expect(result.signal, result.stderr).toBeNull();
    expect(result.code, result.stderr).toBe(0);
    expect(await instanceEntries(folder)).toEqual([]);
  });

  it('stops cleanly when its terminal closes', async ({ expect, onTestFinished }) => {
    const home = await useHome('signal-hang-up', onTestFinished);
    const folder = home.env.ATLASSIFY_HOME;
    const start = spawnInteractiveCli(startArgs, { env: isolatedEnv(home) });
    onTestFinished(() => start.stop());

    await start.waitForLine(launchLinePattern);
    expect(existsSync(join(folder, 'instance.json'))).toBe(true);
    start.child.kill('SIGHUP');
    const result = await start.result();

    expect(result.code, result.stderr).toBe(0);
    expect(await instanceEntries(folder)).toEqual([]);
  });

  it('exits by itself on a second Ctrl-C', async ({ expect, onTestFinished }) => {
    const home = await useHome('signal-twice', onTestFinished);
    const start = spawnInteractiveCli(startArgs, { env: isolatedEnv(home) });
    onTestFinished(() => start.stop());

    await start.waitForLine(launchLinePattern);
    start.child.kill('SIGINT');
    start.child.kill('SIGINT');
    const result = await start.result();

    expect(result.signal).toBeNull();
    expect([0, 130]).toContain(result.code);
  });
});
