import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkInEveryLook, expectTextParts } from './ui-looks.ts';
import { type AppWindow, demoEmail, engineRequest, openWindow, saveScreen } from './ui-support.ts';
import { type Look, type MessageKey, text } from './ui-text.ts';

type Route = 'notifications' | 'filters' | 'settings' | 'accounts' | 'add-account';

/** The catalog key of each screen's title, and texts the screen shows besides it. */
const screens: Record<Route, { title: MessageKey; texts: MessageKey[] }> = {
  notifications: {
    title: 'notifications.title',
    texts: ['toolbar.unreadOnly', 'toolbar.groupByProduct', 'notifications.markAllRead'],
  },
  filters: {
    title: 'filters.title',
    texts: ['filters.intro', 'filters.engagements', 'filters.value.mention'],
  },
  settings: {
    title: 'settings.title',
    texts: ['settings.appearance', 'settings.fetchOnlyUnread', 'shortcuts.intro'],
  },
  accounts: {
    title: 'accounts.title',
    texts: ['accounts.signInMethod', 'accounts.allSites', 'sites.help'],
  },
  'add-account': {
    title: 'login.addAccount',
    texts: ['login.tabApiToken', 'apiToken.intro', 'apiToken.create'],
  },
};

let app: AppWindow;
let page: Page;

async function openScreen(route: Route) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
  await page.getByRole('heading', { level: 1, name: text('en', screens[route].title) }).waitFor();
}

/** Waits for the screen's title and texts in the look's language. */
async function expectScreen(route: Route, look: Look) {
  await page
    .getByRole('heading', {
      level: 1,
      name: text(look.language, screens[route].title),
      exact: true,
    })
    .waitFor();
  await expectTextParts(
    page.locator('main'),
    screens[route].texts.map((key) => text(look.language, key)),
  );
}

describe('every screen in every language and theme', () => {
  beforeAll(async () => {
    app = await openWindow('ui-screens', ['--demo']);
    page = app.page;
    await page.getByTestId('notification-row').first().waitFor();
  });

  afterAll(async () => {
    await app?.stop();
  });

  for (const route of Object.keys(screens) as Route[]) {
    it(`shows ${route} in every look`, async () => {
      await openScreen(route);
      await checkInEveryLook(page, route, (look) => expectScreen(route, look), {
        // The README shows each screen but Add account in both themes, in English.
        readmeName: (look) =>
          look.language === 'en' && route !== 'add-account' ? `${route}-${look.name}` : null,
      });
    });
  }

  it('offers no launch at login in the demo', async () => {
    await openScreen('settings');
    await page.getByTestId('setting-desktopAlerts--hidden-checkbox').waitFor({ state: 'attached' });

    expect(await page.getByTestId('setting-launchAtLogin--hidden-checkbox').count()).toBe(0);
  });

  it('shows an unreachable engine', async () => {
    await openScreen('notifications');
    // The window reaches its engine through fetch; aborting a refresh is the engine gone away.
    await page.route('**/api/refresh', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Refresh', exact: true }).click();
    const message = page.getByText('Refresh failed', { exact: true });
    await message.waitFor();

    await checkInEveryLook(page, 'engine-unreachable', async (look) => {
      const section = page.locator('section', {
        has: page.getByText(text(look.language, 'notifications.refreshFailed'), { exact: true }),
      });
      // English shows the engine's message and hint; other languages the catalog's text. Both
      // name the next step, and the code marks around the command are not part of the text.
      const engineMessage =
        look.language === 'en'
          ? ['The Atlassify engine could not be reached.', 'atlassify start']
          : [text(look.language, 'errors.NETWORK').replaceAll('`', ''), 'atlassify start'];
      await expectTextParts(section, engineMessage);
      await section
        .getByRole('button', { name: text(look.language, 'app.dismiss'), exact: true })
        .waitFor();
    });

    await page.unroute('**/api/refresh');
    await page.getByRole('button', { name: 'Dismiss', exact: true }).click();
    expect(await message.count()).toBe(0);
  });

  it('switches language at runtime', async () => {
    await openScreen('settings');
    await page.getByLabel('Language').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByText('Deutsch', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Alles zurücksetzen' }).count()).toBe(1);

    // An engine error is shown in the chosen language too.
    await page.evaluate(() => {
      window.location.hash = '#/accounts';
    });
    await page.getByRole('heading', { level: 1, name: 'Konten' }).waitFor();
    const field = page.getByLabel('Site-Hostname oder URL');
    await field.fill('nimbus.atlassian.net');
    await page.getByRole('button', { name: 'Site hinzufügen' }).click();
    await page.getByText('nimbus.atlassian.net', { exact: true }).first().waitFor();
    await field.fill('https://nimbus.atlassian.net/jira/your-work');
    await page.getByRole('button', { name: 'Site hinzufügen' }).click();
    await page.getByText('nimbus.atlassian.net ist diesem Konto bereits hinzugefügt.').waitFor();
    await saveScreen(page, 'site-duplicate-de');
    await engineRequest(page, 'PUT', '/settings', { language: 'en' });
    await page.getByRole('heading', { level: 1, name: 'Accounts' }).waitFor();
  });

  it('tells duplicate from unresolvable sites', async () => {
    await openScreen('accounts');
    const field = page.getByLabel('Site host name or URL');
    await field.fill('nowhere.atlassian.net');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByText('Atlassian has no site nowhere.atlassian.net for this account.').waitFor();
    await field.fill('NIMBUS.atlassian.net/');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByText('nimbus.atlassian.net is already added to this account.').waitFor();
    await field.fill('not a host');
    await page.getByRole('button', { name: 'Add site' }).click();
    await page.getByText('"not a host" is not a site host name.').waitFor();
    await saveScreen(page, 'accounts-site-errors', true);

    await page.getByRole('button', { name: 'Remove nimbus.atlassian.net' }).click();
    await expect
      .poll(async () => (await page.getByTestId('site-hosts').textContent()) ?? '')
      .not.toContain('Remove');
    expect(await page.getByTestId('account-card').textContent()).toContain(demoEmail);
  });
});
