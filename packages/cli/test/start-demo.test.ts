import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { describe, it } from 'vitest';

import { isProcessRunning } from '../../../test/e2e/harness/processes.ts';
import {
  openLaunchUrl,
  type StartedEngine,
  useStartedEngine,
  waitForLoadedFeeds,
} from './support/engine-server.ts';
import { isolatedEnv, useHome } from './support/setup.ts';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

describe.concurrent('start --demo', () => {
  it.for([
    {
      via: 'atlassify start',
      command: undefined,
      args: ['start', '--demo', '--no-open', '--port', '0'],
    },
    { via: 'npm run demo', command: [npm, 'run', 'demo', '--'], args: ['--no-open'] },
  ])('serves a demo feed via $via', async ({ command, args }, { expect, onTestFinished }) => {
    const home = await useHome('demo', onTestFinished);

    const engine: StartedEngine = await useStartedEngine(onTestFinished, args, {
      env: isolatedEnv(home),
      ...(command === undefined ? {} : { command }),
    });

    expect(engine.process.output()).toMatch(
      /Demo mode: a simulated Atlassian Cloud runs at http:\/\/127\.0\.0\.1:\d+/,
    );
    const launch = await openLaunchUrl(engine.launchUrl);
    expect(launch.status).toBe(303);
    expect(launch.location).toBe('/');
    expect(launch.cookie).toMatch(/^atlassify_session=\S+$/);

    const snapshot = await waitForLoadedFeeds(engine.origin, launch.cookie);
    expect(snapshot.demo).toBe(true);
    expect(snapshot.accounts).toHaveLength(1);
    expect(snapshot.feeds).toHaveLength(1);
    expect(snapshot.feeds[0]?.status).toBe('ok');
    expect(snapshot.feeds[0]?.notifications.length).toBeGreaterThan(0);

    await engine.process.stop();
    expect(isProcessRunning(engine.process.pid)).toBe(false);
    expect(existsSync(join(home.env.ATLASSIFY_HOME, 'demo', 'accounts.json'))).toBe(true);
    expect(existsSync(join(home.env.ATLASSIFY_HOME, 'accounts.json'))).toBe(false);
    expect(existsSync(join(home.env.ATLASSIFY_HOME, 'credentials.json'))).toBe(false);
  });
});
