import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { type TrayIconVariant, trayIconPng } from '@atlassify/engine';
import { describe, it } from 'vitest';

import { isProcessRunning } from '../../../test/e2e/harness/processes.ts';
import { noTrayHostMessage } from '../src/commands/start.ts';
import { type Desktop, useDesktop } from './support/desktop.ts';
import {
  fetchSnapshot,
  openLaunchUrl,
  type StartedEngine,
  useStartedEngine,
  waitForLoadedFeeds,
} from './support/engine-server.ts';
import { isolatedEnv, useHome } from './support/setup.ts';
import { writeUrlRecorder } from './support/signed-in.ts';
import {
  clickTrayMenu,
  readTrayIcon,
  readTrayItem,
  readTrayMenuLabels,
  type TrayItem,
} from './support/tray-item.ts';

const demoArgs = ['start', '--demo', '--no-open', '--port', '0'];

// The tray program loads GTK before it registers, which a busy machine may take seconds to do.
const registrationTimeoutMs = 20_000;

/** Waits for the tray program's registration, and fails with the engine's output when none comes. */
async function waitForRegistration(desktop: Desktop, engine: StartedEngine): Promise<string> {
  const deadline = Date.now() + registrationTimeoutMs;
  while (Date.now() < deadline) {
    const [path] = desktop.watcher?.registrations ?? [];
    if (path) {
      return path;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`The tray program never registered. Engine output:\n${engine.process.output()}`);
}

// NOTE: about one run in ten, the tray program reports ready but never registers its item with
// the watcher, and the cause is not known. A retry starts a new desktop and engine, so the tests
// still fail when registration keeps failing.
describe.concurrent('tray', { retry: 2 }, () => {
  it('registers with a tray host', async ({ expect, onTestFinished }) => {
    const desktop = await useDesktop(onTestFinished, { trayHost: true });
    const home = await useHome('tray-host', onTestFinished);

    const engine = await useStartedEngine(onTestFinished, demoArgs, {
      env: { ...isolatedEnv(home), ...desktop.env },
    });
    const path = await waitForRegistration(desktop, engine);
    expect(desktop.watcher?.registrations).toHaveLength(1);
    const launch = await openLaunchUrl(engine.launchUrl);
    const snapshot = await waitForLoadedFeeds(engine.origin, launch.cookie);
    const unread = snapshot.view?.unreadLabel ?? '';

    const item = () => readTrayItem(desktop.bus.address, path);
    const changeSettings = (settings: Record<string, unknown>) =>
      fetch(`${engine.origin}/api/settings`, {
        method: 'PUT',
        headers: { cookie: launch.cookie, 'content-type': 'application/json' },
        body: JSON.stringify(settings),
      });

    expect(Number(unread)).toBeGreaterThan(0);
    await expect.poll(async () => (await item())?.label).toBe(unread);
    expect(engine.process.output()).not.toContain(noTrayHostMessage);
    const icon = async () => (await readTrayIcon(await item()))?.toString('hex');
    const drawn = (variant: TrayIconVariant) => trayIconPng(variant).toString('hex');
    await expect.poll(icon).toBe(drawn('unread'));

    // Stealth shows the idle icon while items are unread; the count beside it can be hidden.
    expect((await changeSettings({ showCountInTray: false })).status).toBe(200);
    await expect.poll(async () => (await item())?.label).toBe('');
    expect((await changeSettings({ trayUnreadIcon: 'stealth' })).status).toBe(200);
    await expect.poll(icon).toBe(drawn('idle'));

    // The count goes to zero, which shows the idle icon; the item stays registered.
    const restored = await changeSettings({ showCountInTray: true, trayUnreadIcon: 'highlighted' });
    expect(restored.status).toBe(200);
    await expect.poll(icon).toBe(drawn('unread'));
    await expect.poll(async () => (await item())?.label).toBe(unread);
    const marked = await fetch(`${engine.origin}/api/notifications/mark`, {
      method: 'POST',
      headers: { cookie: launch.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ readState: 'read', accountId: snapshot.accounts[0]?.id }),
    });
    expect(marked.status).toBe(200);
    await expect.poll(async () => (await item())?.label).toBe('');
    await expect.poll(icon).toBe(drawn('idle'));

    // The white idle icon is for dark panels.
    expect((await changeSettings({ trayIdleIcon: 'white' })).status).toBe(200);
    await expect.poll(icon).toBe(drawn('idle-white'));

    // The menu follows the window's language.
    const current = await item();
    expect(current).not.toBeNull();
    expect(await readTrayMenuLabels(desktop.bus.address, current as TrayItem)).toEqual([
      'Open Atlassify',
      'Refresh',
      'Quit Atlassify',
    ]);
    expect((await changeSettings({ language: 'de' })).status).toBe(200);
    await expect
      .poll(() => readTrayMenuLabels(desktop.bus.address, current as TrayItem))
      .toEqual(['Atlassify öffnen', 'Aktualisieren', 'Atlassify beenden']);
    expect(desktop.watcher?.registrations).toEqual([path]);
  });

  it('opens, refreshes and quits', async ({ expect, onTestFinished }) => {
    const desktop = await useDesktop(onTestFinished, { trayHost: true });
    const home = await useHome('tray-menu', onTestFinished);
    const recorder = await writeUrlRecorder(home.root);
    const engine = await useStartedEngine(onTestFinished, demoArgs, {
      env: { ...isolatedEnv(home), ...desktop.env, BROWSER: recorder.BROWSER },
    });
    const item = await readTrayItem(
      desktop.bus.address,
      await waitForRegistration(desktop, engine),
    );
    if (!item) {
      throw new Error('the tray item is not on the bus');
    }
    const log = join(home.env.ATLASSIFY_HOME, 'demo', 'logs', 'engine.log');
    const readLog = () => readFile(log, 'utf8').catch(() => '');

    await clickTrayMenu(desktop.bus.address, item, 'Open Atlassify');
    await expect
      .poll(() => readFile(recorder.file, 'utf8').catch(() => ''))
      .toBe(`${engine.launchUrl.href}\n`);

    await clickTrayMenu(desktop.bus.address, item, 'Refresh');
    await expect.poll(readLog).toContain('"item":"refresh"');

    await clickTrayMenu(desktop.bus.address, item, 'Quit Atlassify', { quits: true });
    await expect.poll(() => engine.process.child.exitCode).toBe(0);
    expect(isProcessRunning(engine.process.pid)).toBe(false);
    expect(existsSync(join(home.env.ATLASSIFY_HOME, 'demo', 'instance.json'))).toBe(false);
    expect(await readLog()).toContain('"reason":"quit from the tray"');
  });

  it('stops at once on Ctrl-C while the tray program starts', async ({
    expect,
    onTestFinished,
  }) => {
    const desktop = await useDesktop(onTestFinished, { trayHost: true });
    const home = await useHome('tray-stop', onTestFinished);
    const engine = await useStartedEngine(onTestFinished, demoArgs, {
      env: { ...isolatedEnv(home), ...desktop.env },
    });
    const folder = join(home.env.ATLASSIFY_HOME, 'demo');

    // Ctrl-C in a terminal reaches the whole process group, the tray program included, which
    // then never reports ready. The engine must not wait out the tray program's start timeout.
    process.kill(-engine.process.pid, 'SIGINT');
    await expect.poll(() => engine.process.child.exitCode).toBe(0);

    const log = await readFile(join(folder, 'logs', 'engine.log'), 'utf8');
    expect(log).toContain('"reason":"SIGINT"');
    expect(log).not.toContain('did not start within');
    expect(existsSync(join(folder, 'instance.json'))).toBe(false);
    expect(engine.process.output()).not.toContain('could not be shown');
  });

  it('says once when there is no tray host', async ({ expect, onTestFinished }) => {
    const desktop = await useDesktop(onTestFinished, { trayHost: false });
    const home = await useHome('tray-none', onTestFinished);

    const engine = await useStartedEngine(onTestFinished, demoArgs, {
      env: { ...isolatedEnv(home), ...desktop.env },
    });
    await expect.poll(() => engine.process.output()).toContain(noTrayHostMessage);
    const launch = await openLaunchUrl(engine.launchUrl);
    await waitForLoadedFeeds(engine.origin, launch.cookie);
    await fetch(`${engine.origin}/api/refresh`, {
      method: 'POST',
      headers: { cookie: launch.cookie },
    });
    const snapshot = await fetchSnapshot(engine.origin, launch.cookie);

    expect(launch.status).toBe(303);
    expect(snapshot.demo).toBe(true);
    expect(engine.process.output().split(noTrayHostMessage)).toHaveLength(2);
  });
});
