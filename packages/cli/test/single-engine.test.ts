import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { fetchSnapshot, openLaunchUrl, useStartedEngine } from './support/engine-server.ts';
import { isolatedEnv, useHome } from './support/setup.ts';
import { writeUrlRecorder } from './support/signed-in.ts';

/** Returns the id of a process that has exited, so an instance file naming it is stale. */
async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid ?? 0;
}

describe.concurrent('one engine per state folder', () => {
  it('second start opens the running one', async ({ expect, onTestFinished }) => {
    const home = await useHome('second-start', onTestFinished);
    const env = isolatedEnv(home);
    const first = await useStartedEngine(onTestFinished, ['start', '--no-open'], { env });
    const recorder = await writeUrlRecorder(home.root);

    const second = await runCli(['start'], { env: { ...env, BROWSER: recorder.BROWSER } });

    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      `Atlassify is already running (process ${first.process.pid}); using it.`,
    );
    expect(second.stdout).toContain(`Atlassify is running at ${first.launchUrl.href}`);
    await expect
      .poll(() => readFile(recorder.file, 'utf8').catch(() => ''))
      .toBe(`${first.launchUrl.href}\n`);
    const launch = await openLaunchUrl(first.launchUrl);
    expect((await fetchSnapshot(first.origin, launch.cookie)).accounts).toEqual([]);
  });

  it('keeps the instance file private', async ({ expect, onTestFinished }) => {
    const home = await useHome('instance-file', onTestFinished);
    const engine = await useStartedEngine(onTestFinished, ['start', '--no-open'], {
      env: isolatedEnv(home),
    });
    const file = join(home.env.ATLASSIFY_HOME, 'instance.json');

    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({
      state: 'running',
      pid: engine.process.pid,
      port: engine.port,
      launchUrl: engine.launchUrl.href,
    });
    const log = await readFile(join(home.env.ATLASSIFY_HOME, 'logs', 'engine.log'), 'utf8');
    expect(log).not.toContain(engine.launchUrl.searchParams.get('launch') ?? 'no token');

    await engine.process.stop();
    await expect(stat(file)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('replaces a stale instance file', async ({ expect, onTestFinished }) => {
    const home = await useHome('stale-instance', onTestFinished);
    const file = join(home.env.ATLASSIFY_HOME, 'instance.json');
    await runCli(['accounts'], { env: isolatedEnv(home) });
    const stale = {
      version: 1,
      state: 'running',
      pid: await exitedPid(),
      startedAt: '2026-01-01T00:00:00.000Z',
      port: 9,
      launchUrl: 'http://127.0.0.1:9/?launch=old',
    };
    await writeFile(file, JSON.stringify(stale), { mode: 0o600 });

    const engine = await useStartedEngine(onTestFinished, ['start', '--no-open'], {
      env: isolatedEnv(home),
    });

    expect(engine.process.output()).not.toContain('already running');
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ pid: engine.process.pid });
  });

  it('demo runs beside the engine', async ({ expect, onTestFinished }) => {
    const home = await useHome('demo-beside', onTestFinished);
    const env = isolatedEnv(home);

    const engine = await useStartedEngine(onTestFinished, ['start', '--no-open'], { env });
    const demo = await useStartedEngine(onTestFinished, ['start', '--demo', '--no-open'], { env });
    const secondDemo = await runCli(['start', '--demo', '--no-open'], { env });

    expect(demo.port).not.toBe(engine.port);
    expect(demo.process.output()).not.toContain('already running');
    expect(secondDemo.code, secondDemo.stderr).toBe(0);
    expect(secondDemo.stdout).toContain(`Atlassify is running at ${demo.launchUrl.href}`);
    const demoLaunch = await openLaunchUrl(demo.launchUrl);
    expect((await fetchSnapshot(demo.origin, demoLaunch.cookie)).demo).toBe(true);
  });
});
