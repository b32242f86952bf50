import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppWindow, engineRequest, openWindow } from './ui-support.ts';

let app: AppWindow;
let page: Page;

interface WebManifest {
  name: string;
  display: string;
  start_url: string;
  icons: Array<{ src: string; type: string }>;
}

/** Returns the Badging API calls of the window, recorded by a wrapper installed before it loads. */
function badgeCalls(): Promise<Array<number | 'clear'>> {
  return page.evaluate(
    () => (window as unknown as { badgeCalls: Array<number | 'clear'> }).badgeCalls,
  );
}

describe('unread count outside the page', () => {
  beforeAll(async () => {
    app = await openWindow('ui-presence', ['--demo']);
    page = app.page;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('offers an installable manifest', async () => {
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
      const response = await fetch(link?.href ?? '');
      return (await response.json()) as WebManifest;
    });
    expect(manifest.name).toBe('Atlassify');
    expect(manifest.display).toBe('standalone');

    const icon = manifest.icons[0];
    expect(icon?.type).toBe('image/svg+xml');
    const iconStatus = await page.evaluate(
      async (src) => (await fetch(src)).status,
      icon?.src ?? '',
    );
    expect(iconStatus).toBe(200);
  });

  it('sets and clears the app badge', async () => {
    // Headless Chromium runs no installed app, so the calls are recorded on their way through.
    await page.addInitScript(() => {
      const calls: Array<number | 'clear'> = [];
      const badging = navigator as Navigator & {
        setAppBadge?: (count?: number) => Promise<void>;
        clearAppBadge?: () => Promise<void>;
      };
      const set = badging.setAppBadge?.bind(navigator);
      const clear = badging.clearAppBadge?.bind(navigator);
      badging.setAppBadge = (count?: number) => {
        calls.push(count ?? 0);
        return set ? set(count) : Promise.resolve();
      };
      badging.clearAppBadge = () => {
        calls.push('clear');
        return clear ? clear() : Promise.resolve();
      };
      (window as unknown as { badgeCalls: typeof calls }).badgeCalls = calls;
    });
    await page.reload();
    await page.getByTestId('notification-row').first().waitFor();

    const snapshot = await engineRequest<{ view: { unreadCount: number } }>(
      page,
      'GET',
      '/snapshot',
    );
    expect(snapshot.view.unreadCount).toBeGreaterThan(0);
    await expect.poll(async () => (await badgeCalls()).at(-1)).toBe(snapshot.view.unreadCount);

    await page.getByRole('button', { name: 'Mark all as read' }).click();
    await page
      .getByTestId('mark-all-confirm')
      .getByRole('button', { name: 'Mark all as read' })
      .click();
    await page.getByTestId('all-caught-up').waitFor();
    await expect.poll(async () => (await badgeCalls()).at(-1)).toBe('clear');
    expect(await page.locator('link[rel="icon"]').getAttribute('data-unread')).toBe('0');
  });
});
