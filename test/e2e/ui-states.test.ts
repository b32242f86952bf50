import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './harness/ports.ts';
import { checkInEveryLook, expectTextParts } from './ui-looks.ts';
import { type SimulatorProcess, startSimulatorProcess } from './ui-simulator.ts';
import { type AppWindow, demoEmail, engineRequest, openWindow, saveScreen } from './ui-support.ts';
import { type Look, type MessageKey, text } from './ui-text.ts';

const clientId = 'atlassify-ui-states-client';
const clientSecret = 'ui-states-client-secret';
// Enough hung feed requests for the first poll and its retries while "loading" is checked.
const hungRequests = 100;

let simulator: SimulatorProcess;
let app: AppWindow;
let page: Page;
let demoStopped = false;

/** Finds a button by its label in the look's language. */
function button(look: Look, key: MessageKey) {
  return page.getByRole('button', { name: text(look.language, key), exact: true });
}

/** Finds a text field by its label in the look's language. */
function field(look: Look, key: MessageKey) {
  return page.getByRole('textbox', { name: text(look.language, key), exact: true });
}

/** Signs in with OAuth through the window's OAuth tab and the simulator's consent page. */
async function signInWithOAuth() {
  await page.getByLabel('Client ID').fill(clientId);
  await page.getByLabel('Client Secret').fill(clientSecret);
  await page.getByRole('button', { name: 'Sign in with Atlassian' }).click();
  const link = page.getByRole('link', { name: 'Open the sign-in page' });
  const authorizeUrl = (await link.getAttribute('href')) ?? '';
  expect(authorizeUrl.startsWith(`${simulator.url}/authorize?`)).toBe(true);

  const consent = await page.context().newPage();
  await consent.goto(authorizeUrl);
  await consent.getByRole('button', { name: 'Allow' }).click();
  await consent.getByRole('heading', { name: 'Signed in' }).waitFor();
  await consent.close();
  await page.bringToFront();
}

describe('window states in every look', () => {
  beforeAll(async () => {
    // 127.0.0.1 rather than localhost, because the window may only reach 127.0.0.1.
    const callbackUrl = `http://127.0.0.1:${await freePort()}/callback`;
    simulator = await startSimulatorProcess([
      '--callback-url',
      callbackUrl,
      '--client-id',
      clientId,
      '--client-secret',
      clientSecret,
    ]);
    app = await openWindow('ui-states', [], {
      ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
      ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
      ATLASSIFY_OAUTH_CLIENT_ID: '',
      ATLASSIFY_OAUTH_CLIENT_SECRET: '',
    });
    page = app.page;
  });

  afterAll(async () => {
    // NOTE: a demo whose test failed before it quit keeps running; it has no pid here.
    expect(demoStopped).toBe(true);
    await app?.stop();
    await simulator?.stop();
  });

  it('shows the landing screen', async () => {
    await page.getByTestId('landing').waitFor();
    await checkInEveryLook(
      page,
      'landing',
      async (look) => {
        await page
          .getByRole('heading', { level: 1, name: text(look.language, 'login.welcome') })
          .waitFor();
        await expectTextParts(page.getByTestId('landing'), [
          text(look.language, 'landing.tagline'),
          text(look.language, 'landing.body'),
          text(look.language, 'landing.demoHelp'),
        ]);
        await button(look, 'accounts.add').waitFor();
        await button(look, 'landing.tryDemo').waitFor();
      },
      { readmeName: (look) => (look.name === 'light-en' ? 'landing-light-en' : null) },
    );
  });

  it('shows both sign-in tabs', async () => {
    await page.getByRole('button', { name: 'Add account' }).click();
    await checkInEveryLook(page, 'login-api-token', async (look) => {
      await page
        .getByRole('heading', { level: 1, name: text(look.language, 'login.addAccount') })
        .waitFor();
      const tab = page.getByRole('tab', { name: text(look.language, 'login.tabApiToken') });
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      await field(look, 'apiToken.email').waitFor();
      await field(look, 'apiToken.token').waitFor();
      await page.getByText(text(look.language, 'apiToken.intro')).waitFor();
      await button(look, 'apiToken.submit').waitFor();
    });

    await page.getByRole('tab', { name: 'OAuth (SSO)' }).click();
    await checkInEveryLook(page, 'login-oauth', async (look) => {
      const tab = page.getByRole('tab', { name: text(look.language, 'login.tabOAuth') });
      expect(await tab.getAttribute('aria-selected')).toBe('true');
      await expectTextParts(page.getByTestId('oauth-setup-steps'), [
        text(look.language, 'oauth.notConfigured'),
        text(look.language, 'oauth.notConfiguredBody'),
        text(look.language, 'oauth.stepCreate'),
      ]);
      await field(look, 'oauth.clientId').waitFor();
      await field(look, 'oauth.clientSecret').waitFor();
      await button(look, 'oauth.submit').waitFor();
      await page.getByText(text(look.language, 'oauth.troubleshootingFallback')).waitFor();
    });
  });

  it('shows loading until the first poll ends', async () => {
    // The first /graphql request is the sign-in's notifications probe. A closed connection
    // proves nothing to it, so the sign-in goes on. Faults apply in order, so the feed hangs.
    await simulator.setFaults({
      refuseConnections: { requests: 1, paths: ['/graphql'] },
      hangResponses: { requests: hungRequests, paths: ['/graphql'] },
    });
    await signInWithOAuth();
    const section = page.getByTestId('account-section');
    await expect.poll(() => section.getAttribute('data-list-state')).toBe('loading');

    // NOTE: the engine ends a hung poll after 25 s, which bounds the time these eight looks take.
    await checkInEveryLook(page, 'loading', async (look) => {
      await expectTextParts(page.getByTestId('list-loading'), [
        text(look.language, 'notifications.loading'),
      ]);
      expect(await section.getAttribute('data-list-state')).toBe('loading');
    });
  });

  it('offers an API token when OAuth is refused', async () => {
    await simulator.setFaults({});
    const section = page.getByTestId('account-section');
    await expect.poll(() => section.getAttribute('data-list-state')).not.toBe('loading');
    const switches = await simulator.call('PUT', '/__simulator/switches', {
      refuseOAuthNotifications: true,
    });
    expect(switches.status).toBe(200);
    await engineRequest(page, 'POST', '/refresh');
    await page.getByTestId('oauth-refused').waitFor();

    await checkInEveryLook(page, 'oauth-refused', async (look) => {
      const message = page.getByTestId('oauth-refused');
      await expectTextParts(message, [
        text(look.language, 'notifications.oauthRefused'),
        text(look.language, 'notifications.oauthRefusedBody'),
      ]);
      await message
        .getByRole('button', { name: text(look.language, 'accounts.addApiToken'), exact: true })
        .waitFor();
    });
  });

  it('shows the details of an OAuth account', async () => {
    await page.getByRole('button', { name: 'Accounts', exact: true }).click();
    const card = page.getByTestId('account-card');
    await card.waitFor();
    await checkInEveryLook(page, 'accounts-oauth', async (look) => {
      await expectTextParts(card, [
        demoEmail,
        text(look.language, 'accounts.signInMethod'),
        text(look.language, 'accounts.oauth'),
        text(look.language, 'accounts.scopes'),
        'read:jira-work',
        text(look.language, 'accounts.sites'),
        'nimbus.atlassian.net',
        text(look.language, 'accounts.status'),
        text(look.language, 'accounts.statusNotificationsUnavailable'),
        text(look.language, 'accounts.statusNotificationsUnavailableBody'),
        text(look.language, 'accounts.fileStore'),
        text(look.language, 'sites.title'),
      ]);
      await card
        .getByRole('button', { name: text(look.language, 'accounts.addApiToken'), exact: true })
        .waitFor();
      await card
        .getByRole('button', { name: text(look.language, 'accounts.signOut'), exact: true })
        .waitFor();
    });
  });

  it('confirms sign-out', async () => {
    const card = page.getByTestId('account-card');
    await card.getByRole('button', { name: 'Sign out' }).click();
    const confirm = page.getByTestId('sign-out-confirm');
    await confirm.waitFor();
    await checkInEveryLook(page, 'sign-out-confirm', async (look) => {
      await expectTextParts(confirm, [
        text(look.language, 'accounts.signOutConfirm', { email: demoEmail }),
      ]);
      await confirm
        .getByRole('button', { name: text(look.language, 'accounts.signOut'), exact: true })
        .waitFor();
      await confirm
        .getByRole('button', { name: text(look.language, 'accounts.signOutCancel'), exact: true })
        .waitFor();
    });

    await confirm.getByRole('button', { name: 'Sign out' }).click();
    await page.getByTestId('landing').waitFor();
  });

  it('resets everything after confirming', async () => {
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('button', { name: 'Reset everything' }).click();
    const dialog = page.getByTestId('reset-everything-confirm');
    await dialog.waitFor();
    await checkInEveryLook(page, 'reset-everything-confirm', async (look) => {
      await expectTextParts(dialog, [
        text(look.language, 'settings.resetEverythingTitle'),
        text(look.language, 'settings.resetEverythingBody'),
      ]);
      await dialog.getByRole('button', { name: text(look.language, 'app.cancel') }).waitFor();
    });

    await dialog.getByRole('button', { name: 'Reset everything' }).click();
    await page.getByTestId('landing').waitFor();
    const files = await readdir(app.home.env.ATLASSIFY_HOME);
    expect(files).not.toContain('settings.json');
    const credentials = files.includes('credentials.json')
      ? await readFile(join(app.home.env.ATLASSIFY_HOME, 'credentials.json'), 'utf8')
      : '';
    expect(credentials).not.toContain(clientSecret);
  });

  it('starts the demo in its own engine', async () => {
    const enginePort = new URL(app.launchUrl).port;
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith('/api/demo/start')),
      page.getByRole('button', { name: 'Try the demo' }).click(),
    ]);
    expect(response.status()).toBe(201);
    await page.getByText('Demo', { exact: true }).waitFor({ timeout: 40_000 });
    await page.getByTestId('notification-row').first().waitFor();
    expect(new URL(page.url()).port).not.toBe(enginePort);
    await saveScreen(page, 'demo-started');
    // The demo runs detached from this engine, so the test stops it through its own window.
    demoStopped = true;
    await engineRequest(page, 'POST', '/quit');
    await page
      .getByTestId('stopped')
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
  });
});
