import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { describe, it } from 'vitest';

import { openLaunchUrl, useStartedEngine, waitForLoadedFeeds } from './support/engine-server.ts';
import { isolatedEnv, useHome } from './support/setup.ts';

describe('demo state', () => {
  it('keeps its log and account apart', async ({ expect, onTestFinished }) => {
    const home = await useHome('demo-state', onTestFinished);
    const demoFolder = join(home.env.ATLASSIFY_HOME, 'demo');

    const engine = await useStartedEngine(onTestFinished, ['start', '--demo', '--no-open'], {
      env: isolatedEnv(home),
    });
    const launch = await openLaunchUrl(engine.launchUrl);
    const snapshot = await waitForLoadedFeeds(engine.origin, launch.cookie);
    const page = await fetch(`${engine.origin}/`, { headers: { cookie: launch.cookie } });
    await page.body?.cancel();

    expect(engine.process.output()).toContain(`Log: ${join(demoFolder, 'logs', 'engine.log')}.`);
    expect(existsSync(join(demoFolder, 'logs', 'engine.log'))).toBe(true);
    expect(existsSync(join(home.env.ATLASSIFY_HOME, 'logs'))).toBe(false);
    expect(snapshot.accounts).toEqual([
      expect.objectContaining({ demo: true, credentialStore: 'file' }),
    ]);

    // Every picture is a data: URI, so the window resolves no outside host name, and the
    // window's Content-Security-Policy allows them.
    const pictures = [
      ...snapshot.accounts.map((account) => account.avatarUrl),
      ...snapshot.feeds.flatMap((feed) =>
        feed.notifications.flatMap((row) => [row.actor?.avatarUrl, row.entity?.iconUrl]),
      ),
    ].filter((url): url is string => typeof url === 'string');
    expect(pictures.length).toBeGreaterThan(10);
    expect(pictures.filter((url) => !url.startsWith('data:image/svg+xml;base64,'))).toEqual([]);
    expect(page.headers.get('content-security-policy')).toMatch(/img-src [^;]*\bdata:/);
  });
});
