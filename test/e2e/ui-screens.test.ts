import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type AppWindow,
  engineRequest,
  expectNoSeriousViolations,
  openWindow,
  saveScreen,
} from './ui-support.ts';

const languages = ['en', 'de', 'es', 'fr'] as const;
const themes = ['light', 'dark'] as const;

/** The title of each screen per language, to tell that a switch changed every string. */
const titles = {
  notifications: {
    en: 'Notifications',
    de: 'Benachrichtigungen',
    es: 'Notificaciones',
    fr: 'Notifications',
  },
  filters: { en: 'Filters', de: 'Filter', es: 'Filtros', fr: 'Filtres' },
  settings: { en: 'Settings', de: 'Einstellungen', es: 'Ajustes', fr: 'Paramètres' },
  accounts: { en: 'Accounts', de: 'Konten', es: 'Cuentas', fr: 'Comptes' },
  'add-account': {
    en: 'Add account',
    de: 'Konto hinzufügen',
    es: 'Añadir cuenta',
    fr: 'Ajouter un compte',
  },
} as const;

let app: AppWindow;
let page: Page;

async function openScreen(route: keyof typeof titles, language: (typeof languages)[number]) {
  await page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
  await page
    .getByRole('heading', { level: 1, name: titles[route][language], exact: true })
    .waitFor();
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

  it('renders, passes axe and saves screenshots', async () => {
    for (const theme of themes) {
      for (const language of languages) {
        await engineRequest(page, 'PUT', '/settings', { theme, language });
        await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
        await expect
          .poll(() => page.evaluate(() => document.documentElement.dataset.colorMode))
          .toBe(theme);
        for (const route of Object.keys(titles) as Array<keyof typeof titles>) {
          await openScreen(route, language);
          await page.waitForTimeout(150);
          const readme = language === 'en' && route !== 'add-account';
          await saveScreen(page, `${route}-${theme}-${language}`, readme);
          await expectNoSeriousViolations(page, `${route} ${theme} ${language}`);
        }
      }
    }
    await engineRequest(page, 'PUT', '/settings', { theme: 'light', language: 'en' });
  });

  it('switches language at runtime', async () => {
    await openScreen('settings', 'en');
    await page.getByLabel('Language').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByText('Deutsch', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Einstellungen' }).waitFor();
    expect(await page.getByRole('button', { name: 'Alles zurücksetzen' }).count()).toBe(1);

    // An engine error is shown in the chosen language too.
    await openScreen('accounts', 'de');
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
    await openScreen('accounts', 'en');
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
  });
});
