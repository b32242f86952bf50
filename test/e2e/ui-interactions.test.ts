import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeUrlRecorder } from '../../packages/cli/test/support/signed-in.ts';
import type { Notification, Settings, Snapshot } from '../../packages/ui/src/api/contract.ts';
import { makeTestHome, type TestHome } from './harness/dirs.ts';
import { showLook, waitForAnimations } from './ui-looks.ts';
import {
  type AppWindow,
  engineRequest,
  expectNoSeriousViolations,
  openWindow,
  saveScreen,
} from './ui-support.ts';
import { type Look, looks, type MessageKey, text } from './ui-text.ts';

/** A request the simulator served, as `GET /__simulator/requests` lists it. */
interface SimulatorRequest {
  method: string;
  path: string;
  operationName?: string;
  operationType?: string;
}

/** Every key the Settings screen lists, with the catalog key of its description. */
const shortcutList: ReadonlyArray<[string, MessageKey]> = [
  ['h', 'shortcuts.home'],
  ['n', 'shortcuts.atlassianNotifications'],
  ['u', 'shortcuts.unreadOnly'],
  ['p', 'shortcuts.groupByProduct'],
  ['t', 'shortcuts.groupByTitle'],
  ['f', 'shortcuts.filters'],
  ['r', 'shortcuts.refresh'],
  ['s', 'shortcuts.settings'],
  ['a', 'shortcuts.accountsOrToggle'],
  ['q', 'shortcuts.quit'],
  ['↑ ↓', 'shortcuts.move'],
  ['Shift+↑ Shift+↓', 'shortcuts.moveEnds'],
  ['Enter', 'shortcuts.enter'],
  ['Esc', 'shortcuts.escape'],
];

let app: AppWindow;
let page: Page;
let simulatorUrl: string;
/** Test home of the recording browser, which appends each URL it opens to `openedUrlsFile`. */
let browserHome: TestHome;
let openedUrlsFile: string;

const rows = () => page.getByTestId('notification-row');
const row = (id: string) => page.locator(`[data-notification-id="${id}"]`);
const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const button = (name: string) => page.getByRole('button', { name, exact: true });

/** Returns the id of the row that has keyboard focus, or null. */
function focusedRowId(): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-notification-id') ?? null);
}

/** Returns the ids of the drawn rows, in display order. */
function drawnRowIds(): Promise<string[]> {
  return rows().evaluateAll((elements) =>
    elements.map((element) => element.getAttribute('data-notification-id') ?? ''),
  );
}

/** Takes focus off every control, so the next key press goes to the window itself. */
async function blur(): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

async function snapshot(): Promise<Snapshot> {
  return engineRequest<Snapshot>(page, 'GET', '/snapshot');
}

async function simulatorRequests(): Promise<SimulatorRequest[]> {
  const response = await fetch(`${simulatorUrl}/__simulator/requests`);
  expect(response.status).toBe(200);
  return (await response.json()) as SimulatorRequest[];
}

/** Counts the simulator's requests of one GraphQL operation, such as `MyNotifications`. */
async function countRequests(operationName: string): Promise<number> {
  return (await simulatorRequests()).filter((entry) => entry.operationName === operationName)
    .length;
}

async function openedUrls(): Promise<string[]> {
  const content = await readFile(openedUrlsFile, 'utf8').catch(() => '');
  return content.split('\n').filter((line) => line !== '');
}

/**
 * Saves `<name>-<look>`, and for English in the light theme also `<name>` for the README when
 * `readme` is set.
 */
async function saveLookScreen(look: Look, name: string, readme = false): Promise<void> {
  await saveScreen(page, `${name}-${look.name}`);
  if (readme && look.name === 'light-en') {
    await saveScreen(page, name, true);
  }
}

beforeAll(async () => {
  browserHome = await makeTestHome('ui-interactions-browser');
  const recorder = await writeUrlRecorder(browserHome.root);
  openedUrlsFile = recorder.file;
  app = await openWindow('ui-interactions', ['--demo'], { BROWSER: recorder.BROWSER });
  page = app.page;
  // The demo line comes before the ready line, so it is in the output by now.
  const printed = /simulated Atlassian Cloud runs at (http:\/\/[^\s;]+)/.exec(app.engine.output());
  expect(printed).not.toBeNull();
  simulatorUrl = printed?.[1] as string;
  await rows().first().waitFor();
  // Rows marked read stay in the list until the next refresh, so `a` can toggle one back. The
  // maximum poll interval (one hour) keeps timed polls out of the counted feed requests.
  await engineRequest(page, 'PUT', '/settings', {
    keepActionedVisible: true,
    pollIntervalSeconds: 3_600,
  });
});

afterAll(async () => {
  await app?.stop();
  await browserHome?.remove();
});

// The tests share one window, and each starts where the one before it stopped. After a failure
// that window is in an unknown state, and each later test would wait out its timeouts, so they
// are skipped.
let failed = false;
beforeEach(({ skip, onTestFailed }) => {
  skip(failed, 'an earlier test failed in the shared window');
  onTestFailed(() => {
    failed = true;
  });
});

for (const look of looks) {
  const t = (key: MessageKey) => text(look.language, key);

  describe(`shortcuts in ${look.name}`, () => {
    beforeAll(async () => {
      if (failed) {
        return;
      }
      await showLook(page, look);
      await blur();
      await page.keyboard.press('h');
      await heading(t('notifications.title')).waitFor();
      await rows().first().waitFor();
    });

    it('shows the unread count in title and icon', async () => {
      const { view } = await snapshot();
      expect(view?.unreadCount).toBeGreaterThan(0);
      await expect.poll(() => page.title()).toBe(`(${view?.unreadLabel}) Atlassify`);
      const icon = page.locator('link[rel="icon"]');
      expect(await icon.getAttribute('data-unread')).toBe(String(view?.unreadCount));
      expect(await icon.getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
    });

    it('refreshes with r', async () => {
      await page.keyboard.press('s');
      await heading(t('settings.title')).waitFor();
      const before = await countRequests('MyNotifications');
      await page.keyboard.press('r');
      await heading(t('notifications.title')).waitFor();
      await expect.poll(() => countRequests('MyNotifications')).toBe(before + 1);
    });

    it('switches screens with h, f, s, a and Escape', async () => {
      await page.keyboard.press('f');
      await heading(t('filters.title')).waitFor();
      await page.keyboard.press('f');
      await heading(t('notifications.title')).waitFor();
      await page.keyboard.press('f');
      await heading(t('filters.title')).waitFor();
      await page.keyboard.press('Escape');
      await heading(t('notifications.title')).waitFor();

      await page.keyboard.press('s');
      await heading(t('settings.title')).waitFor();
      await page.keyboard.press('s');
      await heading(t('notifications.title')).waitFor();
      await page.keyboard.press('s');
      await heading(t('settings.title')).waitFor();
      // Letters typed on the language list change nothing: no screen, no setting.
      await page.getByLabel(t('settings.language')).focus();
      await page.keyboard.type('hut');
      const settings = await engineRequest<{ fetchOnlyUnread: boolean; groupByTitle: boolean }>(
        page,
        'GET',
        '/settings',
      );
      expect(settings.fetchOnlyUnread).toBe(true);
      expect(settings.groupByTitle).toBe(true);
      await heading(t('settings.title')).waitFor();
      await page.keyboard.press('Tab');
      await page.keyboard.press('h');
      await heading(t('notifications.title')).waitFor();

      await page.keyboard.press('s');
      await heading(t('settings.title')).waitFor();
      await page.keyboard.press('a');
      await heading(t('accounts.title')).waitFor();
      await button(t('accounts.add')).click();
      await heading(t('login.addAccount')).waitFor();
      await page.keyboard.press('Escape');
      await heading(t('accounts.title')).waitFor();
      await page.keyboard.press('Escape');
      await heading(t('notifications.title')).waitFor();
    });

    it('lists every shortcut in settings', async () => {
      await page.keyboard.press('s');
      await heading(t('settings.title')).waitFor();
      const list = page.getByTestId('shortcut-list');
      const keys = await list.locator('dt').allTextContents();
      const descriptions = await list.locator('dd').allTextContents();
      expect(keys).toEqual(shortcutList.map(([key]) => key));
      expect(descriptions).toEqual(shortcutList.map(([, description]) => t(description)));
      await list.evaluate((element) => element.scrollIntoView({ block: 'end' }));
      await saveLookScreen(look, 'shortcut-list');
      await page.keyboard.press('h');
      await heading(t('notifications.title')).waitFor();
    });

    it('ignores shortcuts inside a text field', async () => {
      const settingsBefore = await engineRequest<Settings>(page, 'GET', '/settings');
      const feedRequests = await countRequests('MyNotifications');
      const pagesBefore = page.context().pages().length;
      await page.keyboard.press('s');
      await page.keyboard.press('a');
      await heading(t('accounts.title')).waitFor();

      const host = page.getByLabel(t('sites.host'));
      await host.fill('');
      // Every single-key shortcut, each of which acts somewhere outside a text field.
      await host.pressSequentially('hnuptfrsaq');
      expect(await host.inputValue()).toBe('hnuptfrsaq');
      await host.fill('');
      expect(await heading(t('accounts.title')).count()).toBe(1);
      expect(page.context().pages().length).toBe(pagesBefore);
      expect(await engineRequest<Settings>(page, 'GET', '/settings')).toEqual(settingsBefore);
      expect(await countRequests('MyNotifications')).toBe(feedRequests);
      expect(app.engine.child.exitCode).toBeNull();

      await blur();
      await page.keyboard.press('Escape');
      await heading(t('notifications.title')).waitFor();
    });

    it('opens the notifications page with n', async () => {
      // The engine opens it through BROWSER, as it opens items; the window opens no tab itself.
      const opened = (await openedUrls()).length;
      const pagesBefore = page.context().pages().length;

      await page.keyboard.press('n');

      await expect.poll(openedUrls).toHaveLength(opened + 1);
      expect((await openedUrls()).at(-1)).toBe('https://home.atlassian.com/notifications');
      expect(page.context().pages().length).toBe(pagesBefore);
    });

    it('moves focus with arrow keys', async () => {
      const ids = await drawnRowIds();
      expect(ids.length).toBeGreaterThan(2);
      const setSize = await rows().first().getAttribute('aria-setsize');

      await blur();
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedRowId).toBe(ids[0]);
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedRowId).toBe(ids[1]);
      await page.keyboard.press('ArrowUp');
      await expect.poll(focusedRowId).toBe(ids[0]);
      // No wrap-around at the first row.
      await page.keyboard.press('ArrowUp');
      await expect.poll(focusedRowId).toBe(ids[0]);
      await page.keyboard.press('Shift+ArrowDown');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset')))
        .toBe(setSize);
      await page.keyboard.press('Shift+ArrowUp');
      await expect.poll(focusedRowId).toBe(ids[0]);

      // With no row focused, ↑ starts at the last row.
      await blur();
      await page.keyboard.press('ArrowUp');
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset')))
        .toBe(setSize);
    });

    it('toggles the focused row read with a', async () => {
      await blur();
      await page.keyboard.press('ArrowDown');
      await expect.poll(focusedRowId).not.toBeNull();
      const id = await focusedRowId();
      const focused = row(id as string);
      expect(await focused.getAttribute('data-read-state')).toBe('unread');

      const readsBefore = await countRequests('MarkAsRead');
      const unreadsBefore = await countRequests('MarkAsUnread');
      await page.keyboard.press('a');
      await expect.poll(() => focused.getAttribute('data-read-state')).toBe('read');
      await expect.poll(() => countRequests('MarkAsRead')).toBe(readsBefore + 1);
      expect(await focusedRowId()).toBe(id);
      await page.keyboard.press('a');
      await expect.poll(() => focused.getAttribute('data-read-state')).toBe('unread');
      await expect.poll(() => countRequests('MarkAsUnread')).toBe(unreadsBefore + 1);
      // `a` on a row toggles it and leaves the screen as it is.
      expect(await heading(t('notifications.title')).count()).toBe(1);
    });

    it('expands a group with Enter', async () => {
      const id = await rows()
        .filter({ has: button(t('notifications.expandGroup')) })
        .first()
        .getAttribute('data-notification-id');
      const group = row(id as string);
      await group.focus();
      await page.keyboard.press('Enter');
      const members = group.getByTestId('group-members');
      await members.waitFor();
      expect(await members.locator('li').count()).toBeGreaterThan(1);
      const collapse = group.getByRole('button', { name: t('notifications.collapseGroup') });
      expect(await collapse.getAttribute('aria-expanded')).toBe('true');
      await waitForAnimations(page);
      await saveLookScreen(look, 'group-expanded', true);
      await expectNoSeriousViolations(page, `expanded group ${look.name}`);

      // The row keeps focus, so Enter again collapses it.
      expect(await focusedRowId()).toBe(id);
      await page.keyboard.press('Enter');
      await expect.poll(() => members.count()).toBe(0);
    });

    it('opens an item with Enter', async () => {
      const { feeds } = await snapshot();
      const openable = new Map<string, Notification>(
        feeds
          .flatMap((feed) => feed.notifications)
          .filter(
            (notification) =>
              notification.groupSize === 1 &&
              notification.readState === 'unread' &&
              notification.openUrlSource !== 'notifications-page',
          )
          .map((notification) => [notification.id, notification]),
      );
      const id = (await drawnRowIds()).find((candidate) => openable.has(candidate));
      expect(id).toBeDefined();
      const item = openable.get(id as string) as Notification;
      const opened = (await openedUrls()).length;
      const readsBefore = await countRequests('MarkAsRead');

      await row(item.id).focus();
      await page.keyboard.press('Enter');
      await expect.poll(openedUrls).toHaveLength(opened + 1);
      expect((await openedUrls()).at(-1)).toBe(item.openUrl);
      // Mark as read on open is on by default.
      await expect.poll(() => row(item.id).getAttribute('data-read-state')).toBe('read');
      await expect.poll(() => countRequests('MarkAsRead')).toBe(readsBefore + 1);
    });

    it('toggles list views with u, p and t', async () => {
      const unreadOnly = button(t('toolbar.unreadOnly'));
      const byProduct = button(t('toolbar.groupByProduct'));
      const byTitle = button(t('toolbar.groupByTitle'));
      const sections = page.getByTestId('product-section');
      const setSize = () => rows().first().getAttribute('aria-setsize');
      const unreadSetSize = Number(await setSize());
      await blur();

      expect(await unreadOnly.getAttribute('aria-pressed')).toBe('true');
      await page.keyboard.press('u');
      await expect.poll(() => unreadOnly.getAttribute('aria-pressed')).toBe('false');
      // Read rows join the list once it is fetched again.
      await expect.poll(async () => Number(await setSize())).toBeGreaterThan(unreadSetSize);
      const allSetSize = Number(await setSize());
      await page.keyboard.press('u');
      await expect.poll(() => unreadOnly.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(async () => Number(await setSize())).toBeLessThan(allSetSize);
      // The fetch drops the rows read so far, the ones kept visible after marking included.
      await expect.poll(() => rows().and(page.locator('[data-read-state="read"]')).count()).toBe(0);

      expect(await byProduct.getAttribute('aria-pressed')).toBe('false');
      expect(await sections.count()).toBe(0);
      await page.keyboard.press('p');
      await expect.poll(() => byProduct.getAttribute('aria-pressed')).toBe('true');
      await sections.first().waitFor();
      expect(await sections.count()).toBeGreaterThan(1);
      await saveLookScreen(look, 'notifications-by-product', true);
      await page.keyboard.press('p');
      await expect.poll(() => byProduct.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => sections.count()).toBe(0);

      const expandButtons = rows().filter({ has: button(t('notifications.expandGroup')) });
      expect(await byTitle.getAttribute('aria-pressed')).toBe('true');
      expect(await expandButtons.count()).toBeGreaterThan(0);
      await page.keyboard.press('t');
      await expect.poll(() => byTitle.getAttribute('aria-pressed')).toBe('false');
      await expect.poll(() => expandButtons.count()).toBe(0);
      await page.keyboard.press('t');
      await expect.poll(() => byTitle.getAttribute('aria-pressed')).toBe('true');
      await expect.poll(() => expandButtons.count()).toBeGreaterThan(0);
    });

    it('asks before marking all as read', async () => {
      await button(t('notifications.markAllRead')).focus();
      await page.keyboard.press('Enter');
      const dialog = page.getByTestId('mark-all-confirm');
      await dialog.waitFor();
      expect(await dialog.getByRole('heading').textContent()).toBe(
        t('notifications.markAllReadTitle'),
      );
      await waitForAnimations(page);
      await saveLookScreen(look, 'mark-all-confirm', true);
      await expectNoSeriousViolations(page, `mark-all confirmation ${look.name}`);
      // Escape closes the dialog. The window ignores its own Escape while a dialog is open.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.count()).toBe(0);
      expect(await heading(t('notifications.title')).count()).toBe(1);
    });
  });
}

describe('list actions in light-en, then quit', () => {
  const look = looks[0] as Look;
  const t = (key: MessageKey) => text(look.language, key);

  beforeAll(async () => {
    if (failed) {
      return;
    }
    await showLook(page, look);
    await blur();
    await page.keyboard.press('h');
    await heading(t('notifications.title')).waitFor();
  });

  it('groups by product and marks one', async () => {
    await page.keyboard.press('p');
    const sections = page.getByTestId('product-section');
    await sections.first().waitFor();
    const first = sections.first();
    expect(await first.getByTestId('notification-row').count()).toBeGreaterThan(0);
    await first.getByRole('button', { name: t('notifications.markProductRead') }).click();
    await expect.poll(() => first.locator('[data-read-state="unread"]').count()).toBe(0);
    await page.keyboard.press('p');
    await expect.poll(() => sections.count()).toBe(0);
  });

  it('filters without fetching', async () => {
    const feedRequests = await countRequests('MyNotifications');
    const clear = button(t('filters.clear'));
    const unmatched = async () =>
      (await rows().allTextContents()).filter((message) => !/mention/i.test(message)).length;

    await page.keyboard.press('f');
    await heading(t('filters.title')).waitFor();
    await page.getByTestId('filter-engagements').getByText(t('filters.value.mention')).click();
    await expect.poll(() => clear.isEnabled()).toBe(true);
    await page.keyboard.press('h');
    await heading(t('notifications.title')).waitFor();
    await rows().first().waitFor();
    await expect.poll(unmatched).toBe(0);

    await page.keyboard.press('f');
    await heading(t('filters.title')).waitFor();
    await clear.click();
    await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await expect.poll(() => clear.isDisabled()).toBe(true);
    // Clear filters can keep focus for a moment after it is disabled, and keys work there too.
    await page.keyboard.press('h');
    await heading(t('notifications.title')).waitFor();
    await expect.poll(unmatched).toBeGreaterThan(0);
    expect(await countRequests('MyNotifications')).toBe(feedRequests);
  });

  it('marks the account after confirming', async () => {
    await engineRequest(page, 'PUT', '/settings', { keepActionedVisible: false });
    await button(t('notifications.markAllRead')).click();
    const dialog = page.getByTestId('mark-all-confirm');
    await dialog.waitFor();
    await dialog.getByRole('button', { name: t('notifications.markAllRead') }).click();
    await page.getByTestId('all-caught-up').waitFor();
    await expect.poll(() => page.title()).toBe('Atlassify');
    // Shortcuts do nothing while a dialog is open, and it fades out before it leaves.
    await expect.poll(() => dialog.count()).toBe(0);
    await saveScreen(page, 'all-caught-up', true);
  });

  it('quits from settings with q', async () => {
    await page.keyboard.press('s');
    await heading(t('settings.title')).waitFor();
    await page.keyboard.press('q');
    await page.getByTestId('stopped').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(t('app.stopped'));
    await saveScreen(page, `stopped-${look.name}`);
    await expect
      .poll(() => app.engine.child.exitCode !== null || app.engine.child.signalCode !== null)
      .toBe(true);
  });
});
