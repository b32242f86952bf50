import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeUrlRecorder } from '../../packages/cli/test/support/signed-in.ts';
import {
  readTrayIcon,
  readTrayItem,
  type TrayItem,
} from '../../packages/cli/test/support/tray-item.ts';
import {
  defaultSettings,
  type TrayIconVariant,
  trayIconPng,
} from '../../packages/engine/src/index.ts';
import {
  type NotificationServer,
  startNotificationServer,
} from '../../packages/engine/test/dbus/notification-server.ts';
import { type PrivateBus, startPrivateBus } from '../../packages/engine/test/dbus/private-bus.ts';
import {
  type StatusNotifierWatcher,
  startStatusNotifierWatcher,
} from '../../packages/engine/test/dbus/status-notifier-watcher.ts';
import { makeTestHome } from './harness/dirs.ts';
import { spawnAndWaitForLine } from './harness/processes.ts';
import { type RecordingProxy, startRecordingProxy } from './harness/recording-proxy.ts';
import { expectTranslated, waitForAnimations } from './ui-looks.ts';
import { type SimulatorProcess, startSimulatorProcess } from './ui-simulator.ts';
import {
  demoEmail,
  engineRequest,
  expectLabelledTabOrder,
  expectNoSeriousViolations,
  openWindow,
  saveScreen,
} from './ui-support.ts';
import { type Language, type Look, type MessageKey, text } from './ui-text.ts';

/** The language names of the Language select, which are the same in every language. */
const languageNames: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
};

/** The fields of the engine's notifications that these tests read. */
interface FeedItem {
  id: string;
  readState: 'read' | 'unread';
  groupSize: number;
  additionalActors: Array<{ displayName: string }>;
  openUrlSource?: string;
}

/** The fields of the engine's snapshot that these tests read. */
interface SnapshotView {
  accounts: Array<{ email: string }>;
  feeds: Array<{ notifications: FeedItem[] }>;
  filters: { products: string[] };
  view: { unreadLabel: string };
}

/** A row of the window's list, as drawn. */
interface DrawnRow {
  readState: string;
  text: string;
}

type SettingsView = Record<string, unknown>;

/** The processes, files and window that every look of the suite shares. */
interface Rig {
  simulator: SimulatorProcess;
  proxy: RecordingProxy;
  bus: PrivateBus;
  trayHost: StatusNotifierWatcher;
  notifications: NotificationServer;
  page: Page;
  /** Each line is a URL that the BROWSER script was asked to open. */
  browserLog: string;
  /** Each line is the WAV path the `paplay` script received, a tab and the path of its copy. */
  soundLog: string;
  /** Where the engine writes the XDG autostart entry. */
  autostartEntry: string;
  settingsFile: string;
}

/** Quotes a path for a POSIX shell script. */
function shellQuote(path: string): string {
  return `'${path.replaceAll("'", "'\\''")}'`;
}

/**
 * Writes the recording `paplay` script into `folder`/bin and a recording browser into `records`.
 * They only log their argument, so no audio device or browser is needed. `paplay` also keeps a
 * copy of the WAV file, because the engine may delete its files when it stops.
 */
async function writeRecordingScripts(folder: string, records: string) {
  const bin = join(folder, 'bin');
  await mkdir(bin, { recursive: true });
  await mkdir(records, { recursive: true });
  const browser = await writeUrlRecorder(records);
  const soundLog = join(records, 'sound.log');
  await writeFile(
    join(bin, 'paplay'),
    [
      '#!/bin/sh',
      `copy=$(mktemp ${shellQuote(join(records, 'played-XXXXXX'))})`,
      'cp "$1" "$copy"',
      `printf '%s\\t%s\\n' "$1" "$copy" >> ${shellQuote(soundLog)}`,
      '',
    ].join('\n'),
    { mode: 0o755 },
  );
  return { bin, browser: browser.BROWSER, browserLog: browser.file, soundLog };
}

async function readLines(path: string): Promise<string[]> {
  try {
    return (await readFile(path, 'utf8')).split('\n').filter((line) => line !== '');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return [];
    }
    throw error;
  }
}

async function fileExists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

/** Returns the largest absolute sample of a 16-bit PCM WAV file, after checking its header. */
function peakAmplitude(wav: Buffer): number {
  expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
  expect(wav.toString('ascii', 8, 12)).toBe('WAVE');
  expect(wav.readUInt16LE(34)).toBe(16);
  let peak = 0;
  for (let offset = 44; offset + 1 < wav.length; offset += 2) {
    peak = Math.max(peak, Math.abs(wav.readInt16LE(offset)));
  }
  return peak;
}

/**
 * Starts the simulator behind a recording proxy, a headless desktop (an X display, a session
 * bus, a tray host and a notification daemon) and the engine with its window, and signs in the
 * simulator's demo user. Adds a cleanup for each started part to `cleanups` as it goes, so a
 * failed start leaves nothing running.
 */
async function startRig(name: string, cleanups: Array<() => Promise<void>>): Promise<Rig> {
  const simulator = await startSimulatorProcess();
  cleanups.push(() => simulator.stop());
  const proxy = await startRecordingProxy(simulator.url);
  cleanups.push(() => proxy.close());

  const display = await spawnAndWaitForLine(
    'Xvfb',
    ['-displayfd', '1', '-screen', '0', '640x480x24', '-nolisten', 'tcp'],
    { pattern: /^\d+$/ },
  );
  cleanups.push(() => display.stop());
  const bus = await startPrivateBus();
  cleanups.push(() => bus.stop());
  const trayHost = await startStatusNotifierWatcher(bus.address);
  cleanups.push(() => trayHost.close());
  const notifications = await startNotificationServer({ busAddress: bus.address });
  cleanups.push(() => notifications.close());

  const home = await makeTestHome(name);
  const scripts = await writeRecordingScripts(home.root, join(home.root, 'records'));
  const app = await openWindow(
    name,
    [],
    {
      // The proxy forwards to the simulator and records the variables of each GraphQL request.
      ATLASSIFY_ATLASSIAN_BASE_URL: proxy.url,
      DISPLAY: `:${display.match[0]}`,
      DBUS_SESSION_BUS_ADDRESS: bus.address,
      // GTK would otherwise look for the accessibility bus, which this bus never starts.
      NO_AT_BRIDGE: '1',
      BROWSER: scripts.browser,
      PATH: `${scripts.bin}:${process.env.PATH ?? ''}`,
    },
    home,
  ).catch(async (error: unknown) => {
    await home.remove();
    throw error;
  });
  cleanups.push(() => app.stop());
  await engineRequest(app.page, 'POST', '/accounts/api-token', {
    email: demoEmail,
    token: 'demo-api-token',
  });
  await app.page.getByTestId('notification-row').first().waitFor();

  return {
    simulator,
    proxy,
    bus,
    trayHost,
    notifications,
    page: app.page,
    browserLog: scripts.browserLog,
    soundLog: scripts.soundLog,
    autostartEntry: join(home.env.XDG_CONFIG_HOME, 'autostart', 'atlassify.desktop'),
    settingsFile: join(home.env.ATLASSIFY_HOME, 'settings.json'),
  };
}

/**
 * Declares, for each look, tests that drive every setting through the settings screen in that
 * look's language. Each test checks what its setting does in the window, in the requests the
 * engine sends, in the files it writes or in the programs it runs.
 */
export function describeSettingsInLooks(suiteName: string, selectedLooks: readonly Look[]) {
  let rig: Rig;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    rig = await startRig(suiteName, cleanups);
  });

  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup();
    }
  });

  for (const look of selectedLooks) {
    describe(`settings in ${look.name}`, () => {
      defineLookTests(() => rig, look);
    });
  }
}

function defineLookTests(getRig: () => Rig, look: Look) {
  let rig: Rig;
  let page: Page;
  const say = (key: MessageKey, values?: Record<string, string | number>) =>
    text(look.language, key, values);
  const rows = () => page.getByTestId('notification-row');
  const row = (id: string) => page.locator(`[data-notification-id="${id}"]`);
  const checkbox = (key: MessageKey) => page.getByRole('checkbox', { name: say(key), exact: true });
  const radio = (key: MessageKey) => page.getByRole('radio', { name: say(key), exact: true });
  const button = (key: MessageKey, values?: Record<string, string | number>) =>
    page.getByRole('button', { name: say(key, values), exact: true });
  const nav = () => page.getByRole('navigation');

  async function simulatorCall(method: string, path: string, body?: unknown) {
    const response = await rig.simulator.call(method, path, body);
    expect(response.ok, `${method} ${path}`).toBe(true);
    return response;
  }

  async function openScreen(navKey: MessageKey, titleKey: MessageKey) {
    await nav()
      .getByRole('button', { name: say(navKey), exact: true })
      .click();
    await page.getByRole('heading', { level: 1, name: say(titleKey), exact: true }).waitFor();
  }
  const openSettings = () => openScreen('nav.settings', 'settings.title');
  const openNotifications = () => openScreen('nav.notifications', 'notifications.title');

  /**
   * Scrolls through the whole list, which draws only the rows near the viewport, and returns
   * every row by id. Ends scrolled to the top.
   */
  async function scanRows(): Promise<Map<string, DrawnRow>> {
    const seen = new Map<string, DrawnRow>();
    await page.evaluate(() => window.scrollTo(0, 0));
    for (let step = 0; step < 100; step += 1) {
      // Two animation frames let the virtualizer draw the rows of the new scroll position.
      await page.evaluate(
        () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
      );
      const drawn = await rows().evaluateAll((elements) =>
        elements.map((element) => ({
          id: element.getAttribute('data-notification-id') ?? '',
          readState: element.getAttribute('data-read-state') ?? '',
          text: element.textContent ?? '',
        })),
      );
      for (const { id, ...drawnRow } of drawn) {
        seen.set(id, drawnRow);
      }
      const atEnd = await page.evaluate(() => {
        const before = window.scrollY;
        window.scrollBy(0, window.innerHeight * 0.8);
        return window.scrollY === before;
      });
      if (atEnd) {
        break;
      }
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    return seen;
  }

  async function readRowCount(): Promise<number> {
    return [...(await scanRows()).values()].filter((drawn) => drawn.readState === 'read').length;
  }

  async function trayItem(): Promise<TrayItem | null> {
    return readTrayItem(rig.bus.address, rig.trayHost.registrations[0] ?? '');
  }

  /** Returns the tray icon variant whose drawing the tray item shows, or null. */
  async function trayIconShown(): Promise<TrayIconVariant | null> {
    const icon = await readTrayIcon(await trayItem());
    const variants: TrayIconVariant[] = ['unread', 'idle', 'idle-white', 'error', 'offline'];
    return variants.find((variant) => icon?.equals(trayIconPng(variant))) ?? null;
  }

  async function feedItems(): Promise<FeedItem[]> {
    const snapshot = await engineRequest<SnapshotView>(page, 'GET', '/snapshot');
    return snapshot.feeds.flatMap((feed) => feed.notifications);
  }

  /** Waits until the engine has stored `expected`, so the next poll uses it. */
  async function expectSaved(expected: SettingsView) {
    await expect
      .poll(() => engineRequest<SettingsView>(page, 'GET', '/settings'))
      .toEqual(expect.objectContaining(expected));
  }

  /** Reads the settings from the engine's `settings.json`, to tell that a change was saved. */
  async function storedSettings(): Promise<SettingsView> {
    const file = JSON.parse(await readFile(rig.settingsFile, 'utf8')) as {
      settings: SettingsView;
    };
    return file.settings;
  }

  /** Returns the unread rows drawn at the top of the list that are no group and have a link. */
  async function openableUnreadIds(): Promise<string[]> {
    const drawn = await rows().evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-notification-id')),
    );
    const items = new Map((await feedItems()).map((item) => [item.id, item]));
    return drawn.filter((id): id is string => {
      const item = id ? items.get(id) : undefined;
      return (
        item !== undefined &&
        item.readState === 'unread' &&
        item.groupSize === 1 &&
        item.openUrlSource !== 'notifications-page'
      );
    });
  }

  async function simulatorReadState(id: string): Promise<string | undefined> {
    const response = await simulatorCall(
      'GET',
      `/__simulator/notifications?email=${encodeURIComponent(demoEmail)}`,
    );
    const items = (await response.json()) as Array<{ notificationId: string; readState: string }>;
    return items.find((item) => item.notificationId === id)?.readState;
  }

  /**
   * Opens a row by clicking its message or by Enter, waits for the engine's response, and
   * checks that the BROWSER script received exactly the URL the engine opened.
   */
  async function openRow(id: string, by: 'click' | 'enter') {
    const loggedBefore = (await readLines(rig.browserLog)).length;
    const messageId = await row(id).getAttribute('aria-labelledby');
    const [response] = await Promise.all([
      page.waitForResponse((candidate) =>
        candidate.url().endsWith(`/api/notifications/${id}/open`),
      ),
      by === 'click'
        ? row(id).locator(`[id="${messageId}"]`).click()
        : row(id)
            .focus()
            .then(() => page.keyboard.press('Enter')),
    ]);
    expect(response.status()).toBe(200);
    const result = (await response.json()) as { url: string; markedRead: boolean };
    expect(result.url).toMatch(/^https:\/\//);
    await expect
      .poll(async () => (await readLines(rig.browserLog)).slice(loggedBefore))
      .toEqual([result.url]);
    return result;
  }

  /** Adds an unread Jira item for the demo user and returns its message. */
  async function addItem(label: string): Promise<string> {
    const message = `Ada Lovelace assigned ${label} to you (${look.name})`;
    await simulatorCall(
      'POST',
      `/__simulator/notifications?email=${encodeURIComponent(demoEmail)}`,
      {
        headNotification: {
          content: {
            type: 'jira:issue-assigned',
            message,
            url: `https://orbit.atlassian.net/browse/${label}`,
            actor: { displayName: 'Ada Lovelace' },
            entity: { title: `Settings check ${label}` },
          },
          analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
        },
      },
    );
    return message;
  }

  async function refreshFromWindow() {
    await nav()
      .getByRole('button', { name: say('nav.refresh'), exact: true })
      .click();
  }

  const notifySummaries = () => rig.notifications.calls.map((call) => call.summary);

  /** Returns the variables of the last MyNotifications request after the proxy's entry `from`. */
  function lastFeedRequest(from: number) {
    return rig.proxy.operations
      .slice(from)
      .filter((operation) => operation.operationName === 'MyNotifications')
      .at(-1)?.variables;
  }

  async function simulatorFeedRequests(): Promise<number> {
    const response = await simulatorCall('GET', '/__simulator/requests');
    const entries = (await response.json()) as Array<{ operationName: string | null }>;
    return entries.filter((entry) => entry.operationName === 'MyNotifications').length;
  }

  /** Chooses a language in the Language select with the keyboard only. */
  async function chooseLanguage(current: Language, language: Language) {
    const select = page.getByRole('combobox', { name: text(current, 'settings.language') });
    await select.focus();
    await page.keyboard.press('ArrowDown');
    for (let step = 0; step < Object.keys(languageNames).length + 1; step += 1) {
      const active = await select.getAttribute('aria-activedescendant');
      const activeName = active ? await page.locator(`[id="${active}"]`).textContent() : null;
      if (activeName === languageNames[language]) {
        break;
      }
      await page.keyboard.press('ArrowDown');
    }
    await page.keyboard.press('Enter');
  }

  beforeAll(async () => {
    rig = getRig();
    page = rig.page;
    // Every look starts from the seed, the default settings, no filters and a light system.
    await simulatorCall('POST', '/__simulator/reset');
    await engineRequest(page, 'DELETE', '/settings');
    await engineRequest(page, 'DELETE', '/filters');
    await page.emulateMedia({ colorScheme: 'light' });
    await engineRequest(page, 'POST', '/refresh');
    await page.evaluate(() => {
      window.location.hash = '#/notifications';
    });
    await rows().first().waitFor();
  });

  it('switches language by keyboard', async () => {
    const startLanguage = (await page.evaluate(() => document.documentElement.lang)) as Language;
    await nav()
      .getByRole('button', { name: text(startLanguage, 'nav.settings'), exact: true })
      .click();
    await chooseLanguage(startLanguage, look.language);

    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(look.language);
    await page
      .getByRole('heading', { level: 1, name: say('settings.title'), exact: true })
      .waitFor();
    for (const key of [
      'settings.appearance',
      'settings.notifications',
      'settings.system',
      'settings.tray',
      'settings.shortcuts',
    ] as const) {
      expect(
        await page.getByRole('heading', { level: 2, name: say(key), exact: true }).count(),
        key,
      ).toBe(1);
    }
    expect(await page.getByRole('combobox', { name: say('settings.language') }).count()).toBe(1);
    await expectTranslated(page, look.language, `settings, ${look.name}`);
    await expectSaved({ language: look.language });

    // An error from the engine is shown in the chosen language too.
    await openScreen('nav.accounts', 'accounts.title');
    const host = 'nimbus.atlassian.net';
    const field = page.getByLabel(say('sites.host'));
    await field.fill(host);
    await button('sites.add').click();
    await button('sites.remove', { host }).waitFor();
    await field.fill(`https://${host}/jira/your-work`);
    await button('sites.add').click();
    await page.getByText(say('sites.duplicate', { host }), { exact: true }).waitFor();
    await expectTranslated(page, look.language, `accounts with a site error, ${look.name}`);
    await button('sites.remove', { host }).click();
    await expect.poll(() => button('sites.remove', { host }).count()).toBe(0);
  });

  it('applies theme and follows the system', async () => {
    await openSettings();
    const colorMode = () => page.evaluate(() => document.documentElement.dataset.colorMode);
    // A marker on the window shows that no step reloads the page.
    await page.evaluate(() => {
      (window as unknown as { settingsMarker: string }).settingsMarker = 'kept';
    });

    await radio('settings.themeDark').check();
    await expect.poll(colorMode).toBe('dark');
    await radio('settings.themeLight').check();
    await expect.poll(colorMode).toBe('light');

    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await colorMode()).toBe('light');
    await radio('settings.themeSystem').check();
    await expect.poll(colorMode).toBe('dark');
    await expectSaved({ theme: 'system' });
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(colorMode).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(colorMode).toBe('dark');
    expect(
      await page.evaluate(() => (window as unknown as { settingsMarker?: string }).settingsMarker),
    ).toBe('kept');

    await page.emulateMedia({ colorScheme: 'light' });
    await radio(look.theme === 'dark' ? 'settings.themeDark' : 'settings.themeLight').check();
    await expect.poll(colorMode).toBe(look.theme);
    await expectSaved({ theme: look.theme });
  });

  it('zooms in, out and back', async () => {
    await openSettings();
    const zoomValue = page.getByTestId('zoom-value');
    const heading = page.getByRole('heading', { level: 1 });
    const applied = () =>
      page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('zoom'));
    const headingHeight = async () => (await heading.boundingBox())?.height ?? 0;
    const heightAt100 = await headingHeight();
    expect(await button('settings.zoomReset').isDisabled()).toBe(true);

    await button('settings.zoomIn').click();
    await expect.poll(() => zoomValue.textContent()).toBe(say('settings.zoomValue', { zoom: 110 }));
    await expect.poll(applied).toBe('1.1');
    await expect.poll(async () => (await headingHeight()) / heightAt100).toBeCloseTo(1.1, 1);
    await button('settings.zoomIn').click();
    await expect.poll(() => zoomValue.textContent()).toBe(say('settings.zoomValue', { zoom: 120 }));
    await expect.poll(applied).toBe('1.2');
    await button('settings.zoomOut').click();
    await expect.poll(() => zoomValue.textContent()).toBe(say('settings.zoomValue', { zoom: 110 }));
    await expectSaved({ zoomPercentage: 110 });

    await button('settings.zoomReset').click();
    await expect.poll(() => zoomValue.textContent()).toBe(say('settings.zoomValue', { zoom: 100 }));
    await expect.poll(applied).toBe('1');
    expect(await button('settings.zoomReset').isDisabled()).toBe(true);

    for (const percentage of [90, 80, 70, 60, 50]) {
      await button('settings.zoomOut').click();
      await expect
        .poll(() => zoomValue.textContent())
        .toBe(say('settings.zoomValue', { zoom: percentage }));
    }
    expect(await button('settings.zoomOut').isDisabled()).toBe(true);
    await expect.poll(applied).toBe('0.5');
    await expect.poll(async () => (await headingHeight()) / heightAt100).toBeCloseTo(0.5, 1);
    await button('settings.zoomReset').click();
    await expect.poll(() => zoomValue.textContent()).toBe(say('settings.zoomValue', { zoom: 100 }));
    await expectSaved({ zoomPercentage: 100 });
  });

  it('hides and shows the account header', async () => {
    const section = page.getByTestId('account-section');
    const email = section.getByText(demoEmail, { exact: true });
    const markAll = section.getByRole('button', { name: say('notifications.markAllRead') });

    await openSettings();
    await checkbox('settings.showAccountHeader').uncheck();
    await expectSaved({ showAccountHeader: false });
    await openNotifications();
    await rows().first().waitFor();
    expect(await email.count()).toBe(0);
    expect(await markAll.count()).toBe(0);

    await openSettings();
    await checkbox('settings.showAccountHeader').check();
    await openNotifications();
    await email.waitFor();
    expect(await markAll.count()).toBe(1);
  });

  it('fetches read items when asked', async () => {
    await openNotifications();
    const unreadOnlySize = Number(await rows().first().getAttribute('aria-setsize'));
    expect(await readRowCount()).toBe(0);

    await simulatorCall('DELETE', '/__simulator/requests');
    const from = rig.proxy.operations.length;
    await openSettings();
    await checkbox('settings.fetchOnlyUnread').uncheck();
    await openNotifications();
    await expect.poll(readRowCount).toBeGreaterThan(0);
    expect(Number(await rows().first().getAttribute('aria-setsize'))).toBeGreaterThan(
      unreadOnlySize,
    );
    expect(await simulatorFeedRequests()).toBeGreaterThan(0);
    const allRequest = lastFeedRequest(from);
    expect(allRequest, 'a MyNotifications request after the change').toBeDefined();
    expect(allRequest?.readState ?? null).toBeNull();

    await simulatorCall('DELETE', '/__simulator/requests');
    const fromUnread = rig.proxy.operations.length;
    await openSettings();
    await checkbox('settings.fetchOnlyUnread').check();
    await openNotifications();
    await expect.poll(readRowCount).toBe(0);
    await expect.poll(simulatorFeedRequests).toBeGreaterThan(0);
    expect(lastFeedRequest(fromUnread)?.readState).toBe('unread');
    expect(Number(await rows().first().getAttribute('aria-setsize'))).toBe(unreadOnlySize);
  });

  it('marks opened items read per setting', async () => {
    await openSettings();
    await checkbox('settings.keepActionedVisible').check();
    expect(await checkbox('settings.markAsReadOnOpen').isChecked()).toBe(true);
    await openNotifications();

    const [first] = await openableUnreadIds();
    expect(first, 'an unread item with a link').toBeDefined();
    const opened = await openRow(first as string, 'click');
    expect(opened.markedRead).toBe(true);
    await expect.poll(() => row(first as string).getAttribute('data-read-state')).toBe('read');
    await expect.poll(() => simulatorReadState(first as string)).toBe('read');

    await openSettings();
    await checkbox('settings.markAsReadOnOpen').uncheck();
    await expectSaved({ markAsReadOnOpen: false });
    await openNotifications();
    const [second] = await openableUnreadIds();
    expect(second, 'a second unread item with a link').toBeDefined();
    const openedByKey = await openRow(second as string, 'enter');
    expect(openedByKey.markedRead).toBe(false);
    expect(await row(second as string).getAttribute('data-read-state')).toBe('unread');
    expect(await simulatorReadState(second as string)).toBe('unread');
  });

  it('keeps marked items only when asked', async () => {
    await openSettings();
    await checkbox('settings.keepActionedVisible').check();
    await expectSaved({ keepActionedVisible: true });
    await openNotifications();
    const [kept] = await openableUnreadIds();
    await row(kept as string)
      .getByRole('button', { name: say('notifications.markRead') })
      .click();
    await expect.poll(() => row(kept as string).getAttribute('data-read-state')).toBe('read');
    await expect.poll(() => simulatorReadState(kept as string)).toBe('read');

    await openSettings();
    await checkbox('settings.keepActionedVisible').uncheck();
    await expectSaved({ keepActionedVisible: false });
    await openNotifications();
    const [removed] = await openableUnreadIds();
    await row(removed as string)
      .getByRole('button', { name: say('notifications.markRead') })
      .click();
    await expect.poll(() => row(removed as string).count()).toBe(0);
    await expect.poll(() => simulatorReadState(removed as string)).toBe('read');
  });

  it('groups by product and sorts sections', async () => {
    const sections = page.getByTestId('product-section');
    const sectionNames = () =>
      sections.evaluateAll((elements) =>
        elements.map((element) => element.querySelector('h3 span > span')?.textContent ?? ''),
      );
    const other = say('products.other');

    await openSettings();
    expect(await checkbox('settings.groupByProductAlphabetically').isDisabled()).toBe(true);
    await checkbox('settings.groupByProduct').check();
    expect(await checkbox('settings.groupByProductAlphabetically').isDisabled()).toBe(false);
    await openNotifications();
    await sections.first().waitFor();
    const byNewest = await sectionNames();
    expect(byNewest.length).toBeGreaterThanOrEqual(5);
    expect(byNewest).toContain(other);
    await expectTranslated(page, look.language, `notifications by product, ${look.name}`);
    const alphabetical = [...byNewest.filter((name) => name !== other)]
      .sort((left, right) => left.localeCompare(right, 'en'))
      .concat(other);
    // The seed's newest items are not in name order, so the check below can fail.
    expect(byNewest).not.toEqual(alphabetical);

    await openSettings();
    await checkbox('settings.groupByProductAlphabetically').check();
    await openNotifications();
    await expect.poll(sectionNames).toEqual(alphabetical);

    await openSettings();
    await checkbox('settings.groupByProductAlphabetically').uncheck();
    await openNotifications();
    await expect.poll(sectionNames).toEqual(byNewest);

    await openSettings();
    await checkbox('settings.groupByProduct').uncheck();
    expect(await checkbox('settings.groupByProductAlphabetically').isDisabled()).toBe(true);
    await openNotifications();
    await expect.poll(() => sections.count()).toBe(0);
  });

  it('groups by title', async () => {
    /** The "+N updates" lines that the window should show for the engine's group heads. */
    const expectedGroupLines = async () => {
      const lines: string[] = [];
      for (const item of await feedItems()) {
        if (item.groupSize < 2) {
          continue;
        }
        const actors = item.additionalActors;
        const count = item.groupSize - 1;
        const actor = actors[0]?.displayName;
        const key = actors.length > 1 ? 'notifications.groupFromOthers' : 'notifications.groupFrom';
        lines.push(actor ? say(key, { count, actor }) : say('notifications.groupOther', { count }));
      }
      return lines;
    };
    const missingLines = async (lines: readonly string[]) => {
      const texts = [...(await scanRows()).values()].map((drawn) => drawn.text);
      return lines.filter((line) => !texts.some((drawnText) => drawnText.includes(line)));
    };
    const expandButtons = page.getByRole('button', { name: say('notifications.expandGroup') });

    await openNotifications();
    const lines = await expectedGroupLines();
    expect(lines.length).toBeGreaterThan(0);
    expect(await missingLines(lines)).toEqual([]);
    expect(await expandButtons.count()).toBeGreaterThan(0);

    const from = rig.proxy.operations.length;
    await openSettings();
    await checkbox('settings.groupByTitle').uncheck();
    await openNotifications();
    await expect.poll(() => expandButtons.count()).toBe(0);
    await expect.poll(async () => (await expectedGroupLines()).length).toBe(0);
    expect(await missingLines(lines)).toEqual(lines);
    expect(lastFeedRequest(from)?.flat).toBe(true);

    const fromGrouped = rig.proxy.operations.length;
    await openSettings();
    await checkbox('settings.groupByTitle').check();
    await openNotifications();
    await expect.poll(() => missingLines(lines)).toEqual([]);
    expect(lastFeedRequest(fromGrouped)?.flat).toBe(false);
  });

  it('saves the open-links choice', async () => {
    await openSettings();
    await radio('settings.openLinksBackground').check();
    await expect.poll(async () => (await storedSettings()).openLinks).toBe('background');
    await openNotifications();
    const [id] = await openableUnreadIds();
    expect(id, 'an unread item with a link').toBeDefined();
    await openRow(id as string, 'click');

    await openSettings();
    await radio('settings.openLinksForeground').check();
    await expect.poll(async () => (await storedSettings()).openLinks).toBe('foreground');
    expect(await radio('settings.openLinksForeground').isChecked()).toBe(true);
  });

  it('alerts and chimes per setting', async () => {
    const slider = page.getByRole('slider');
    /** Returns the plays since the test began, each with the WAV the engine passed and its copy. */
    const playsBefore = (await readLines(rig.soundLog)).length;
    const plays = async () =>
      (await readLines(rig.soundLog)).slice(playsBefore).map((line) => {
        const [played = '', copy = ''] = line.split('\t');
        return { played, copy };
      });
    /** Waits for one play of the chime at `volume` and returns the peak of the WAV it played. */
    const chimePeak = async (volume: number) => {
      const ofVolume = async () =>
        (await plays()).filter((play) => play.played.endsWith(`chime-${volume}.wav`));
      await expect.poll(async () => (await ofVolume()).length).toBe(1);
      const [play] = await ofVolume();
      return peakAmplitude(await readFile(play?.copy ?? ''));
    };
    const setVolume = async (volume: number) => {
      await slider.focus();
      // The slider moves in steps of 10, from 0 with Home.
      await page.keyboard.press('Home');
      for (let step = 0; step < volume / 10; step += 1) {
        await page.keyboard.press('ArrowRight');
      }
      await page.getByText(say('settings.volume', { volume }), { exact: true }).waitFor();
      await expectSaved({ volume });
    };

    await openSettings();
    expect(await checkbox('settings.desktopAlerts').isChecked()).toBe(true);
    expect(await checkbox('settings.playSound').isChecked()).toBe(true);
    await setVolume(40);

    // With alerts and sound on, a desktop notification goes out and the chime plays at 40 %.
    await openNotifications();
    const alerted = await addItem('SET-1');
    await refreshFromWindow();
    await expect.poll(notifySummaries).toContain(alerted);
    const at40 = await chimePeak(40);

    // With alerts off and sound on at 80 %, a louder chime plays and no desktop notification goes
    // out. The chime plays after the notification would have been sent.
    await openSettings();
    await checkbox('settings.desktopAlerts').uncheck();
    await setVolume(80);
    await expectSaved({ desktopAlerts: false });
    await openNotifications();
    const chimedOnly = await addItem('SET-2');
    await refreshFromWindow();
    const at80 = await chimePeak(80);
    expect(notifySummaries()).not.toContain(chimedOnly);
    expect(at80).toBeGreaterThan(at40);
    expect(at80 / at40).toBeCloseTo(2, 1);

    // With both off, nothing happens. The next item, alerted with alerts on again, shows that the
    // engine handled the poll of this one, because it handles polls in order.
    await openSettings();
    await checkbox('settings.playSound').uncheck();
    await expect.poll(() => slider.count()).toBe(0);
    await expectSaved({ playSound: false });
    const playsWhileOn = (await plays()).length;
    await openNotifications();
    const unnoticed = await addItem('SET-3');
    await refreshFromWindow();
    await rows().filter({ hasText: unnoticed }).waitFor();
    await openSettings();
    await checkbox('settings.desktopAlerts').check();
    await expectSaved({ desktopAlerts: true });
    await openNotifications();
    const marker = await addItem('SET-4');
    await refreshFromWindow();
    await expect.poll(notifySummaries).toContain(marker);
    expect(notifySummaries()).not.toContain(unnoticed);
    expect((await plays()).length).toBe(playsWhileOn);

    await openSettings();
    await checkbox('settings.playSound').check();
    await slider.waitFor();
    expect(await slider.inputValue()).toBe('80');
  });

  it('shows tray count and icons', async () => {
    const unreadLabel = async () =>
      (await engineRequest<SnapshotView>(page, 'GET', '/snapshot')).view.unreadLabel;
    const trayLabel = async () => (await trayItem())?.label;
    await expect.poll(() => rig.trayHost.registrations.length).toBe(1);
    await openSettings();
    expect(await checkbox('settings.showCountInTray').isChecked()).toBe(true);
    expect(await radio('settings.trayUnreadIconHighlighted').isChecked()).toBe(true);
    expect(await radio('settings.trayIdleIconDefault').isChecked()).toBe(true);
    await expect.poll(async () => (await trayLabel()) === (await unreadLabel())).toBe(true);
    expect(await unreadLabel()).not.toBe('');
    await expect.poll(trayIconShown).toBe('unread');

    await checkbox('settings.showCountInTray').uncheck();
    await expect.poll(trayLabel).toBe('');
    // Stealth shows the idle icon while items are unread, so the idle choice shows too.
    await radio('settings.trayUnreadIconStealth').check();
    await expect.poll(trayIconShown).toBe('idle');
    await radio('settings.trayIdleIconWhite').check();
    await expect.poll(trayIconShown).toBe('idle-white');
    await expectSaved({ showCountInTray: false, trayUnreadIcon: 'stealth', trayIdleIcon: 'white' });

    await radio('settings.trayIdleIconDefault').check();
    await expect.poll(trayIconShown).toBe('idle');
    await radio('settings.trayUnreadIconHighlighted').check();
    await expect.poll(trayIconShown).toBe('unread');
    await checkbox('settings.showCountInTray').check();
    await expect.poll(async () => (await trayLabel()) === (await unreadLabel())).toBe(true);
  });

  it('writes and removes the autostart entry', async () => {
    await openSettings();
    const launch = checkbox('settings.launchAtLogin');
    expect(await launch.isChecked()).toBe(false);
    expect(await fileExists(rig.autostartEntry)).toBe(false);

    await launch.check();
    await expect.poll(() => fileExists(rig.autostartEntry)).toBe(true);
    const entry = await readFile(rig.autostartEntry, 'utf8');
    expect(entry).toContain('[Desktop Entry]');
    expect(entry).toMatch(/^Exec=.*start --no-open --open-if-no-tray$/m);
    await expect.poll(async () => (await storedSettings()).launchAtLogin).toBe(true);

    await launch.uncheck();
    await expect.poll(() => fileExists(rig.autostartEntry)).toBe(false);
    await expect.poll(async () => (await storedSettings()).launchAtLogin).toBe(false);
  });

  it('reaches and names every control', async () => {
    await openSettings();
    // Every control is shown and enabled with zoom away from 100 %, product grouping on, and
    // sound on with its volume away from 20 %.
    await button('settings.zoomIn').click();
    await checkbox('settings.groupByProduct').check();
    await checkbox('settings.playSound').check();
    await page.getByRole('slider').focus();
    await page.keyboard.press('End');
    await expectSaved({ zoomPercentage: 110, groupByProduct: true, playSound: true, volume: 100 });

    const expected = [
      ['radio', say(look.theme === 'dark' ? 'settings.themeDark' : 'settings.themeLight')],
      ['button', say('settings.zoomOut')],
      ['button', say('settings.zoomIn')],
      ['button', say('settings.zoomReset')],
      ['combobox', say('settings.language')],
      ['checkbox', say('settings.showAccountHeader')],
      ['checkbox', say('settings.fetchOnlyUnread')],
      ['checkbox', say('settings.markAsReadOnOpen')],
      ['checkbox', say('settings.keepActionedVisible')],
      ['checkbox', say('settings.groupByProduct')],
      ['checkbox', say('settings.groupByProductAlphabetically')],
      ['checkbox', say('settings.groupByTitle')],
      ['radio', say('settings.openLinksForeground')],
      ['checkbox', say('settings.desktopAlerts')],
      ['checkbox', say('settings.playSound')],
      ['slider', say('settings.volume', { volume: 100 })],
      ['button', say('settings.volumeReset')],
      ['checkbox', say('settings.launchAtLogin')],
      ['checkbox', say('settings.showCountInTray')],
      ['radio', say('settings.trayUnreadIconHighlighted')],
      ['radio', say('settings.trayIdleIconDefault')],
      ['button', say('nav.accounts')],
      ['button', say('settings.resetSettings')],
      ['button', say('settings.resetEverything')],
      ['button', say('settings.quit')],
    ];
    // The walk starts at the screen's title, so the settings' controls come before the header's.
    // It fails on any control without a name and on any that Tab never reaches.
    await page.locator('main [tabindex="-1"]').first().focus();
    const stops = await expectLabelledTabOrder(page, `settings with every control, ${look.name}`);
    expect(stops.slice(0, expected.length).map((stop) => [stop.role, stop.name])).toEqual(expected);

    await button('settings.zoomReset').click();
    await expect
      .poll(() => page.getByTestId('zoom-value').textContent())
      .toBe(say('settings.zoomValue', { zoom: 100 }));
    await waitForAnimations(page);
    await saveScreen(page, `settings-all-controls-${look.name}`);
    await expectNoSeriousViolations(page, `settings with every control, ${look.name}`);
  });

  it('asks before resetting everything', async () => {
    await openSettings();
    await button('settings.resetEverything').click();
    const dialog = page.getByTestId('reset-everything-confirm');
    await dialog.getByRole('heading', { name: say('settings.resetEverythingTitle') }).waitFor();
    await dialog.getByText(say('settings.resetEverythingBody'), { exact: true }).waitFor();
    await waitForAnimations(page);
    await saveScreen(page, `settings-reset-everything-confirm-${look.name}`);
    await expectNoSeriousViolations(page, `reset everything dialog, ${look.name}`);

    await dialog.getByRole('button', { name: say('app.cancel'), exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    const snapshot = await engineRequest<SnapshotView>(page, 'GET', '/snapshot');
    expect(snapshot.accounts.map((account) => account.email)).toEqual([demoEmail]);
    expect(await storedSettings()).toEqual(expect.objectContaining({ language: look.language }));
  });

  it('resets settings after confirming', async () => {
    await openSettings();
    await button('settings.zoomIn').click();
    await checkbox('settings.launchAtLogin').check();
    await expect.poll(() => fileExists(rig.autostartEntry)).toBe(true);
    await expectSaved({ zoomPercentage: 110, launchAtLogin: true });
    // The dialog promises to keep the filters, so one is set through the engine API to check that.
    await engineRequest(page, 'PUT', '/filters', { products: ['jira'] });

    const dialog = page.getByTestId('reset-settings-confirm');
    await button('settings.resetSettings').click();
    await dialog.getByRole('heading', { name: say('settings.resetSettingsTitle') }).waitFor();
    await dialog.getByText(say('settings.resetSettingsBody'), { exact: true }).waitFor();
    await waitForAnimations(page);
    await saveScreen(page, `settings-reset-confirm-${look.name}`);
    await expectNoSeriousViolations(page, `reset settings dialog, ${look.name}`);
    await dialog.getByRole('button', { name: say('app.cancel'), exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await page.getByTestId('zoom-value').textContent()).toBe(
      say('settings.zoomValue', { zoom: 110 }),
    );
    expect(await storedSettings()).toEqual(
      expect.objectContaining({ zoomPercentage: 110, launchAtLogin: true }),
    );

    await button('settings.resetSettings').click();
    await dialog.getByRole('button', { name: say('settings.resetSettings'), exact: true }).click();
    // The reset language is the system's, which the tests pin to English.
    await expect.poll(() => page.getByTestId('zoom-value').textContent()).toBe('100%');
    await expect.poll(() => fileExists(rig.autostartEntry)).toBe(false);
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.colorMode))
      .toBe(defaultSettings.theme);
    expect(await engineRequest<SettingsView>(page, 'GET', '/settings')).toEqual(defaultSettings);
    expect(await storedSettings()).toEqual(defaultSettings);
    const snapshot = await engineRequest<SnapshotView>(page, 'GET', '/snapshot');
    expect(snapshot.accounts.map((account) => account.email)).toEqual([demoEmail]);
    expect(snapshot.filters.products).toEqual(['jira']);
    await engineRequest(page, 'DELETE', '/filters');
  });
}
