import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppWindow, engineRequest, openWindow, saveScreen } from './ui-support.ts';

let app: AppWindow;
let page: Page;

const rows = () => page.getByTestId('notification-row');
const heading = (name: string) => page.getByRole('heading', { level: 1, name, exact: true });

/** Returns the id of the row that has keyboard focus, or null. */
function focusedRowId(): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.getAttribute('data-notification-id') ?? null);
}

describe('the window by keyboard and mouse', () => {
  beforeAll(async () => {
    app = await openWindow('ui-interactions', ['--demo']);
    page = app.page;
    await rows().first().waitFor();
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('shows the unread count in title and icon', async () => {
    const snapshot = await engineRequest<{ view: { unreadLabel: string; unreadCount: number } }>(
      page,
      'GET',
      '/snapshot',
    );
    expect(snapshot.view.unreadCount).toBeGreaterThan(0);
    await expect.poll(() => page.title()).toBe(`(${snapshot.view.unreadLabel}) Atlassify`);
    const icon = page.locator('link[rel="icon"]');
    expect(await icon.getAttribute('data-unread')).toBe(String(snapshot.view.unreadCount));
    expect(await icon.getAttribute('href')).toMatch(/^data:image\/svg\+xml,/);
  });

  it('navigates with single keys', async () => {
    await page.keyboard.press('f');
    await heading('Filters').waitFor();
    await page.keyboard.press('f');
    await heading('Notifications').waitFor();
    await page.keyboard.press('s');
    await heading('Settings').waitFor();
    expect(await page.getByTestId('shortcut-list').textContent()).toContain('Shift+↑ Shift+↓');
    await page.keyboard.press('a');
    await heading('Accounts').waitFor();

    // No shortcut fires inside a text field.
    await page.getByLabel('Site host name or URL').fill('');
    await page.getByLabel('Site host name or URL').press('f');
    await page.getByLabel('Site host name or URL').press('h');
    expect(await page.getByLabel('Site host name or URL').inputValue()).toBe('fh');
    await heading('Accounts').waitFor();

    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Escape');
    await heading('Notifications').waitFor();
    await page.keyboard.press('s');
    await heading('Settings').waitFor();
    await page.keyboard.press('h');
    await heading('Notifications').waitFor();
  });

  it('opens the notifications page with n', async () => {
    // Requests to other hosts are aborted, so the new tab's request tells where it went.
    const [request] = await Promise.all([
      page
        .context()
        .waitForEvent('request', (candidate) => !candidate.url().startsWith('http://127.0.0.1')),
      page.keyboard.press('n'),
    ]);
    expect(request.url()).toBe('https://home.atlassian.com/notifications');
    for (const other of page.context().pages()) {
      if (other !== page) {
        await other.close();
      }
    }
  });

  it('moves focus and toggles read', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('setting-keepActionedVisible--hidden-checkbox').check();
    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    const ids = await rows().evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('data-notification-id')),
    );

    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRowId).toBe(ids[0]);
    await page.keyboard.press('ArrowDown');
    await expect.poll(focusedRowId).toBe(ids[1]);
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedRowId).toBe(ids[0]);
    await page.keyboard.press('Shift+ArrowDown');
    const setSize = await rows().first().getAttribute('aria-setsize');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset')))
      .toBe(setSize);
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(focusedRowId).toBe(ids[0]);

    const first = page.locator(`[data-notification-id="${ids[0]}"]`);
    await page.keyboard.press('a');
    await expect.poll(() => first.getAttribute('data-read-state')).toBe('read');
    await page.keyboard.press('a');
    await expect.poll(() => first.getAttribute('data-read-state')).toBe('unread');
  });

  it('expands a group with Enter', async () => {
    const id = await rows()
      .filter({ has: page.getByRole('button', { name: 'Show the updates of this group' }) })
      .first()
      .getAttribute('data-notification-id');
    const group = page.locator(`[data-notification-id="${id}"]`);
    await group.focus();
    await page.keyboard.press('Enter');
    const members = group.getByTestId('group-members');
    await members.waitFor();
    expect(await members.locator('li').count()).toBeGreaterThan(1);
    await saveScreen(page, 'group-expanded', true);
    await group.getByRole('button', { name: 'Hide the updates of this group' }).click();
    await expect.poll(() => members.count()).toBe(0);
  });

  it('groups by product and marks one', async () => {
    await page.keyboard.press('p');
    const sections = page.getByTestId('product-section');
    await sections.first().waitFor();
    await saveScreen(page, 'notifications-by-product', true);
    const first = sections.first();
    const before = await first.getByTestId('notification-row').count();
    expect(before).toBeGreaterThan(0);
    await first.getByRole('button', { name: 'Mark all product notifications as read' }).click();
    await expect.poll(() => first.locator('[data-read-state="unread"]').count()).toBe(0);
    await page.keyboard.press('p');
    await expect.poll(() => sections.count()).toBe(0);
  });

  it('toggles unread only and group by title', async () => {
    const unreadOnly = page.getByRole('button', { name: 'Unread only' });
    const byTitle = page.getByRole('button', { name: 'Group by title' });
    expect(await unreadOnly.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('u');
    await expect.poll(() => unreadOnly.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('u');
    await expect.poll(() => unreadOnly.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('t');
    await expect.poll(() => byTitle.getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('t');
    await expect.poll(() => byTitle.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('r');
    await rows().first().waitFor();
  });

  it('filters without fetching', async () => {
    await page.keyboard.press('f');
    const mentions = page.getByTestId('filter-engagements');
    await mentions.getByText('Mentions').click();
    await page.keyboard.press('h');
    await rows().first().waitFor();
    const messages = await rows().evaluateAll((elements) =>
      elements.map((element) => element.textContent ?? ''),
    );
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) {
      expect(message).toMatch(/mention/i);
    }
    await page.keyboard.press('f');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(() => page.getByRole('checkbox', { checked: true }).count()).toBe(0);
    await page.keyboard.press('h');
  });

  it('marks the account after confirming', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByTestId('setting-keepActionedVisible--hidden-checkbox').uncheck();
    await page.getByRole('button', { name: 'Notifications', exact: true }).click();
    await page.getByRole('button', { name: 'Mark all as read' }).click();
    const dialog = page.getByTestId('mark-all-confirm');
    await dialog.waitFor();
    await saveScreen(page, 'mark-all-confirm', true);
    await dialog.getByRole('button', { name: 'Mark all as read' }).click();
    await page.getByTestId('all-caught-up').waitFor();
    await expect.poll(() => page.title()).toBe('Atlassify');
    await saveScreen(page, 'all-caught-up', true);
  });

  it('quits from settings with q', async () => {
    await page.keyboard.press('s');
    await heading('Settings').waitFor();
    await page.keyboard.press('q');
    await page.getByTestId('stopped').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
      'Atlassify has stopped',
    );
    await saveScreen(page, 'stopped');
    await expect
      .poll(() => app.engine.child.exitCode !== null || app.engine.child.signalCode !== null)
      .toBe(true);
  });
});
