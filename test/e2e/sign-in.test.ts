import { randomBytes } from 'node:crypto';
import { chmod, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Snapshot } from '@atlassify/engine';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { launchChromium, saveScreenshot } from './harness/chromium.ts';
import { makeTestHome, type TestHome } from './harness/dirs.ts';
import { freePort } from './harness/ports.ts';
import { type ReadyProcess, runCommand, spawnAndWaitForLine } from './harness/processes.ts';
import { type SessionEnv, startSessionWithKeyring } from './harness/session-bus.ts';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const simulatorBin = join(repositoryRoot, 'packages/simulator/bin/atlassify-simulator.js');
const cliBin = join(repositoryRoot, 'packages/cli/bin/atlassify.js');

// tsx compiles the sources on start, which takes a few seconds on a busy machine.
const startTimeoutMs = 30_000;
// Maximum wait for a change in the window, which may follow a poll, a token check or a code exchange.
const uiTimeoutMs = 15_000;

const demoEmail = 'demo@atlassify.test';

interface SimulatorCredentials {
  apiToken: string;
  clientId: string;
  clientSecret: string;
}

/** A simulator, an engine with its own home and keyring, and a Chromium page on the window. */
interface RunningApp {
  home: TestHome;
  sessionEnv: SessionEnv;
  simulatorUrl: string;
  credentials: SimulatorCredentials;
  callbackUrl: string;
  engine: ReadyProcess;
  launchUrl: string;
  /** The file the BROWSER script appends each URL it receives to. */
  openedUrlsFile: string;
  context: BrowserContext;
  page: Page;
}

/**
 * Starts a private session bus with gnome-keyring, the simulator, `atlassify start` with a BROWSER
 * script that only records URLs, and Chromium. Each test gets its own ports and folders, and
 * everything stops when the test finishes.
 */
async function startApp(name: string): Promise<RunningApp> {
  const cleanups: Array<() => Promise<void>> = [];
  onTestFinished(async () => {
    for (const cleanup of cleanups.reverse()) {
      await cleanup();
    }
  });

  const home = await makeTestHome(name);
  cleanups.push(() => home.remove());
  const session = await startSessionWithKeyring({ home });
  cleanups.push(() => session.stop());

  // A random token and secret, so finding one in a log or state file can only be a leak.
  const credentials: SimulatorCredentials = {
    apiToken: `e2e-api-token-${randomBytes(8).toString('hex')}`,
    clientId: 'atlassify-e2e-client',
    clientSecret: `e2e-client-secret-${randomBytes(8).toString('hex')}`,
  };
  const callbackUrl = `http://localhost:${await freePort()}/callback`;
  const simulator = await spawnAndWaitForLine(
    process.execPath,
    [
      simulatorBin,
      '--port',
      '0',
      '--callback-url',
      callbackUrl,
      '--api-token',
      credentials.apiToken,
      '--client-id',
      credentials.clientId,
      '--client-secret',
      credentials.clientSecret,
      '--quiet',
    ],
    { pattern: /running at (http:\/\/\S+)/, timeoutMs: startTimeoutMs },
  );
  cleanups.push(() => simulator.stop());
  const simulatorUrl = simulator.match[1] as string;

  const openedUrlsFile = join(home.root, 'opened-urls.txt');
  const browserScript = join(home.root, 'record-url.sh');
  await writeFile(browserScript, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${openedUrlsFile}'\n`);
  await chmod(browserScript, 0o755);

  const engine = await spawnAndWaitForLine(
    process.execPath,
    [cliBin, 'start', '--no-open', '--port', '0'],
    {
      cwd: repositoryRoot,
      env: {
        ...session.env,
        ATLASSIFY_ATLASSIAN_BASE_URL: simulatorUrl,
        ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
        ATLASSIFY_OAUTH_CLIENT_ID: '',
        ATLASSIFY_OAUTH_CLIENT_SECRET: '',
        ATLASSIFY_LOG_LEVEL: 'debug',
        BROWSER: browserScript,
      },
      pattern: /Atlassify is running at (http:\/\/\S+)/,
      timeoutMs: startTimeoutMs,
    },
  );
  cleanups.push(() => engine.stop());

  const browser: Browser = await launchChromium();
  cleanups.push(() => browser.close());
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(uiTimeoutMs);

  return {
    home,
    sessionEnv: session.env,
    simulatorUrl,
    credentials,
    callbackUrl,
    engine,
    launchUrl: engine.match[1] as string,
    openedUrlsFile,
    context,
    page,
  };
}

/** Reads the URLs the engine handed to the BROWSER script, oldest first. */
async function openedUrls(app: RunningApp): Promise<string[]> {
  const text = await readFile(app.openedUrlsFile, 'utf8').catch(() => '');
  return text.split('\n').filter(Boolean);
}

/** Opens the window on the landing screen of an engine without accounts, then Add account. */
async function openLoginScreen(app: RunningApp): Promise<void> {
  await app.page.goto(app.launchUrl);
  await app.page.getByRole('heading', { name: 'Welcome to Atlassify' }).waitFor();
  await app.page.getByRole('button', { name: 'Add account' }).click();
  await app.page.getByRole('heading', { name: 'Add account' }).waitFor();
}

/** Fills the OAuth tab, clicks Sign in with Atlassian and returns the authorize URL it shows. */
async function startOAuthSignIn(app: RunningApp, clientSecret: string): Promise<string> {
  const { page } = app;
  await page.getByRole('tab', { name: 'OAuth (SSO)' }).click();
  await page.getByLabel('Client ID').fill(app.credentials.clientId);
  await page.getByLabel('Client Secret').fill(clientSecret);
  await page.getByRole('button', { name: 'Sign in with Atlassian' }).click();
  await page.getByText('Continue in your browser…').waitFor();

  const link = page.getByRole('link', { name: 'Open the sign-in page' });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href.startsWith(`${app.simulatorUrl}/authorize?`)).toBe(true);
  return href;
}

/** Clicks Open the sign-in page and returns the consent page that opens in a new tab. */
async function openConsentPage(app: RunningApp): Promise<Page> {
  const [consent] = await Promise.all([
    app.context.waitForEvent('page'),
    app.page.getByRole('link', { name: 'Open the sign-in page' }).click(),
  ]);
  consent.setDefaultTimeout(uiTimeoutMs);
  await consent.waitForLoadState();
  return consent;
}

/**
 * Closes the browser tab of the sign-in and brings the window to the front, as a user switching
 * back does. Chromium may throttle a background tab, which slows later steps on it.
 */
async function returnToWindow(app: RunningApp, signInTab: Page): Promise<void> {
  await signInTab.close();
  await app.page.bringToFront();
}

/** Fetches the engine's snapshot through the window's session. */
async function engineSnapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(async () => {
    const response = await fetch('/api/snapshot');
    return (await response.json()) as Snapshot;
  });
}

interface LoggedRequest {
  path: string;
  operationName: string | null;
  authKind: string;
  status: number;
}

async function simulatorRequests(app: RunningApp): Promise<LoggedRequest[]> {
  const response = await fetch(`${app.simulatorUrl}/__simulator/requests`);
  return (await response.json()) as LoggedRequest[];
}

/**
 * Lists the keyring's Atlassify entries, as `secret-tool search` prints them. It prints the
 * attributes on standard error, so both streams are returned.
 */
async function keyringEntries(app: RunningApp): Promise<string> {
  const result = await runCommand('secret-tool', ['search', '--all', 'service', 'atlassify'], {
    env: app.sessionEnv,
  });
  return result.stdout + result.stderr;
}

/**
 * Returns the secret values of the keyring's Atlassify entries. Access tokens are stored as JSON
 * with their expiry, so the token itself is returned for those.
 */
async function keyringSecrets(app: RunningApp): Promise<string[]> {
  const values = [...(await keyringEntries(app)).matchAll(/^secret = (.*)$/gm)].map(
    (match) => match[1] as string,
  );
  return values.map((value) => {
    const stored = /^\{"accessToken":"([^"]+)"/.exec(value);
    return stored ? (stored[1] as string) : value;
  });
}

/** Concatenates every file in the engine's state folder, logs included. */
async function stateFolderText(app: RunningApp): Promise<string> {
  const folder = app.home.env.ATLASSIFY_HOME;
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const texts = await Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  );
  return texts.join('\n');
}

describe('OAuth sign-in in the window', () => {
  it('signs in and marks read', async () => {
    const app = await startApp('oauth-allow');
    const { page } = app;

    await openLoginScreen(app);
    await saveScreenshot(page, 'oauth-sign-in-1-login');

    const authorizeUrl = await startOAuthSignIn(app, app.credentials.clientSecret);
    await saveScreenshot(page, 'oauth-sign-in-2-waiting');
    await expect.poll(() => openedUrls(app)).toEqual([authorizeUrl]);

    const consent = await openConsentPage(app);
    expect(consent.url()).toBe(authorizeUrl);
    await consent.getByRole('button', { name: 'Allow' }).waitFor();
    await saveScreenshot(consent, 'oauth-sign-in-3-consent');

    await consent.getByRole('button', { name: 'Allow' }).click();
    await consent.getByRole('heading', { name: 'Signed in' }).waitFor();
    // The callback page reports success only once the account is saved.
    expect((await engineSnapshot(page)).accounts).toEqual([
      expect.objectContaining({ email: demoEmail, authMethod: 'oauth' }),
    ]);
    expect(consent.url().startsWith(`${app.callbackUrl}?`)).toBe(true);
    expect(await consent.textContent('body')).toContain(`Atlassify is signed in as ${demoEmail}`);
    await saveScreenshot(consent, 'oauth-sign-in-4-callback');
    await expect(fetch(app.callbackUrl)).rejects.toThrow('fetch failed');
    await returnToWindow(app, consent);

    const tokenRequests = (await simulatorRequests(app)).filter(
      (entry) => entry.path === '/oauth/token',
    );
    expect(tokenRequests).toEqual([expect.objectContaining({ authKind: 'client', status: 200 })]);

    const section = page.getByTestId('account-section');
    await section.waitFor();
    await expect.poll(() => section.textContent()).toContain(demoEmail);
    const rows = page.getByTestId('notification-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(1);
    await saveScreenshot(page, 'oauth-sign-in-5-feed');

    const unreadRow = page.locator('[data-testid="notification-row"][data-read-state="unread"]');
    const id = await unreadRow.first().getAttribute('data-notification-id');
    expect(id).toBeTruthy();
    const row = page.locator(`[data-testid="notification-row"][data-notification-id="${id}"]`);
    await row.getByRole('button', { name: 'Mark as read' }).click();

    // With "unread only" on, a read row leaves the list unless actioned rows are kept visible.
    await expect
      .poll(
        async () =>
          (await row.count()) === 0 || (await row.getAttribute('data-read-state')) === 'read',
      )
      .toBe(true);
    await expect
      .poll(async () =>
        (await simulatorRequests(app)).filter((entry) => entry.operationName === 'MarkAsRead'),
      )
      .toEqual([expect.objectContaining({ authKind: 'bearer', status: 200 })]);
    await saveScreenshot(page, 'oauth-sign-in-6-marked-read');

    const log = await readFile(join(app.home.env.ATLASSIFY_HOME, 'logs', 'engine.log'), 'utf8');
    expect(log).toContain('OAuth sign-in succeeded');
    const secrets = await keyringSecrets(app);
    // The client secret, the refresh token and the access token.
    expect(secrets).toHaveLength(3);
    expect(secrets).toContain(app.credentials.clientSecret);
    const stateText = await stateFolderText(app);
    for (const secret of secrets) {
      expect(stateText).not.toContain(secret);
      expect(app.engine.output()).not.toContain(secret);
    }
  });

  it('reports a denied consent', async () => {
    const app = await startApp('oauth-deny');
    const { page } = app;

    await openLoginScreen(app);
    await startOAuthSignIn(app, app.credentials.clientSecret);
    const denied = await openConsentPage(app);
    await denied.getByRole('button', { name: 'Deny' }).click();

    await denied.getByRole('heading', { name: 'Sign-in failed' }).waitFor();
    expect(await denied.textContent('body')).toContain('access was denied');
    await saveScreenshot(denied, 'oauth-deny-1-callback');
    await expect(fetch(app.callbackUrl)).rejects.toThrow('fetch failed');
    await returnToWindow(app, denied);

    await page.getByText('access was denied').waitFor();
    await page.getByRole('heading', { name: 'Add account' }).waitFor();
    await saveScreenshot(page, 'oauth-deny-2-window');
    expect((await engineSnapshot(page)).accounts).toEqual([]);

    // The secret was saved by the first attempt, so the field may stay empty now.
    await startOAuthSignIn(app, '');
    const allowed = await openConsentPage(app);
    await allowed.getByRole('button', { name: 'Allow' }).click();
    await allowed.getByRole('heading', { name: 'Signed in' }).waitFor();
    await returnToWindow(app, allowed);
    await expect.poll(() => openedUrls(app)).toHaveLength(2);

    await page.getByTestId('notification-row').first().waitFor();
    await saveScreenshot(page, 'oauth-deny-3-second-attempt');
    expect((await engineSnapshot(page)).accounts).toEqual([
      expect.objectContaining({ email: demoEmail }),
    ]);
  });

  it('shows setup steps without client', async () => {
    const app = await startApp('oauth-no-client');
    const { page } = app;

    await openLoginScreen(app);
    await page.getByRole('tab', { name: 'OAuth (SSO)' }).click();

    const steps = page.getByTestId('oauth-setup-steps');
    await steps.waitFor();
    const text = await steps.textContent();
    expect(text).toContain('OAuth Client ID not configured');
    expect(text).toContain('Atlassian Developer Console');
    expect(text).toContain(`set the Callback URL to ${app.callbackUrl}`);
    expect(text).toContain('offline_access');
    expect(text).toContain('read:jira-work');
    await saveScreenshot(page, 'oauth-no-client-1-setup-steps');

    await page.getByRole('button', { name: 'Sign in with Atlassian' }).click();
    await page.getByText('Enter the Client ID of your OAuth app.').waitFor();
    await page.getByText('Enter the Client Secret of your OAuth app.').waitFor();
    await saveScreenshot(page, 'oauth-no-client-2-missing-fields');
    expect(await openedUrls(app)).toEqual([]);
  });
});

/** Changes behaviour switches of the simulator process through its control endpoint. */
async function setSimulatorSwitches(app: RunningApp, switches: Record<string, boolean>) {
  const response = await fetch(`${app.simulatorUrl}/__simulator/switches`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(switches),
  });
  expect(response.status).toBe(200);
}

describe('OAuth sign-in recovery in the window', () => {
  it('cancels and frees the callback port', async () => {
    const app = await startApp('oauth-cancel');
    const { page } = app;

    await openLoginScreen(app);
    await startOAuthSignIn(app, app.credentials.clientSecret);
    const listening = await fetch(app.callbackUrl);
    await listening.body?.cancel();
    expect(listening.status).toBe(400);
    await saveScreenshot(page, 'oauth-cancel-1-waiting');

    await page.getByRole('tabpanel').getByRole('button', { name: 'Cancel', exact: true }).click();
    await page.getByRole('button', { name: 'Sign in with Atlassian' }).waitFor();
    await saveScreenshot(page, 'oauth-cancel-2-cancelled');

    await expect(fetch(app.callbackUrl)).rejects.toThrow('fetch failed');
    expect((await engineSnapshot(page)).oauth.status).toBe('cancelled');
    const tokenRequests = (await simulatorRequests(app)).filter(
      (entry) => entry.path === '/oauth/token',
    );
    expect(tokenRequests).toEqual([]);
  });

  it('offers an API token when notifications are refused', async () => {
    const app = await startApp('oauth-refused');
    const { page } = app;
    await setSimulatorSwitches(app, { refuseOAuthNotifications: true });

    await openLoginScreen(app);
    await startOAuthSignIn(app, app.credentials.clientSecret);
    const consent = await openConsentPage(app);
    await consent.getByRole('button', { name: 'Allow' }).click();
    await consent.getByRole('heading', { name: 'Signed in' }).waitFor();
    await returnToWindow(app, consent);
    const [oauthAccount] = (await engineSnapshot(page)).accounts;
    expect(oauthAccount).toMatchObject({
      authMethod: 'oauth',
      status: 'notifications-unavailable',
    });

    const refused = page.getByTestId('oauth-refused');
    await refused.waitFor();
    expect(await refused.textContent()).toContain(
      'Atlassian does not let this OAuth sign-in read notifications',
    );
    await refused.getByRole('button', { name: 'Add an API token for this account' }).waitFor();
    await saveScreenshot(page, 'oauth-refused-1-feed');

    await page.getByRole('button', { name: 'Accounts', exact: true }).click();
    const card = page.getByTestId('account-card');
    await card.waitFor();
    expect(await card.textContent()).toContain('read:jira-work');
    await saveScreenshot(page, 'oauth-refused-2-accounts');
    await card.getByRole('button', { name: 'Add an API token for this account' }).click();

    await page.getByRole('heading', { name: 'Add account' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(demoEmail);
    await saveScreenshot(page, 'oauth-refused-3-api-token-tab');
    await page.getByLabel('API token', { exact: true }).fill(app.credentials.apiToken);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('notification-row').first().waitFor();
    await saveScreenshot(page, 'oauth-refused-4-feed');

    const after = await engineSnapshot(page);
    expect(after.accounts).toEqual([
      expect.objectContaining({
        id: oauthAccount?.id,
        authMethod: 'api-token',
        status: 'ok',
      }),
    ]);
    expect(await page.getByTestId('oauth-refused').count()).toBe(0);
    // The API token replaced the OAuth tokens; the client secret saved from the form stays.
    expect(await keyringSecrets(app)).toEqual(
      expect.arrayContaining([app.credentials.apiToken, app.credentials.clientSecret]),
    );
    expect(await keyringSecrets(app)).toHaveLength(2);
  });
});

describe('API token sign-in in the window', () => {
  it('signs in and out', async () => {
    const app = await startApp('api-token');
    const { page } = app;

    await openLoginScreen(app);
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('API token', { exact: true }).fill('not-the-token');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    const tokenError = page.getByTestId('api-token-token-error');
    await tokenError.waitFor();
    expect(await tokenError.textContent()).toContain(
      `Atlassian rejected the API token for ${demoEmail}`,
    );
    await saveScreenshot(page, 'api-token-1-rejected');
    expect((await engineSnapshot(page)).accounts).toEqual([]);
    expect(await keyringEntries(app)).toBe('');

    await page.getByLabel('API token', { exact: true }).fill(app.credentials.apiToken);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('notification-row').first().waitFor();
    await saveScreenshot(page, 'api-token-2-feed');
    expect(await keyringSecrets(app)).toEqual([app.credentials.apiToken]);

    await page.getByRole('button', { name: 'Accounts', exact: true }).click();
    const card = page.getByTestId('account-card');
    await card.waitFor();
    expect(await card.textContent()).toContain(demoEmail);
    await card.getByRole('button', { name: 'Sign out' }).click();
    await page.getByTestId('sign-out-confirm').waitFor();
    await saveScreenshot(page, 'api-token-3-confirm-sign-out');
    await page.getByTestId('sign-out-confirm').getByRole('button', { name: 'Sign out' }).click();

    await page.getByRole('heading', { name: 'Welcome to Atlassify' }).waitFor();
    await saveScreenshot(page, 'api-token-4-signed-out');
    expect((await engineSnapshot(page)).accounts).toEqual([]);
    expect(await keyringEntries(app)).toBe('');

    expect(await stateFolderText(app)).not.toContain(app.credentials.apiToken);
    expect(app.engine.output()).not.toContain(app.credentials.apiToken);
  });
});
