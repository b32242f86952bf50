import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ReadyProcess, spawnAndWaitForLine } from './harness/processes.ts';
import {
  type AppWindow,
  demoEmail,
  engineRequest,
  expectNoSeriousViolations,
  openWindow,
  repositoryRoot,
  saveScreen,
  startTimeoutMs,
} from './ui-support.ts';

const simulatorBin = join(repositoryRoot, 'packages/simulator/bin/atlassify-simulator.js');

let simulator: ReadyProcess;
let simulatorUrl: string;
let app: AppWindow;
let page: Page;
let demoStopped = false;

async function simulatorCall(method: string, path: string, body?: unknown): Promise<Response> {
  return fetch(`${simulatorUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
}

/** Sets simulator faults, asks the engine to poll, and waits for the message `testId`. */
async function showFault(faults: Record<string, unknown>, testId: string) {
  expect((await simulatorCall('PUT', '/__simulator/faults', faults)).status).toBe(200);
  await engineRequest(page, 'POST', '/refresh');
  const message = page.getByTestId(testId);
  await message.waitFor();
  return message;
}

describe('engine states in the window', () => {
  beforeAll(async () => {
    simulator = await spawnAndWaitForLine(
      process.execPath,
      [simulatorBin, '--port', '0', '--quiet'],
      {
        pattern: /running at (http:\/\/\S+)/,
        timeoutMs: startTimeoutMs,
      },
    );
    simulatorUrl = simulator.match[1] as string;
    app = await openWindow('ui-states', [], { ATLASSIFY_ATLASSIAN_BASE_URL: simulatorUrl });
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
    await page.getByRole('button', { name: 'Try the demo' }).waitFor();
    await saveScreen(page, 'landing-light-en', true);
    await expectNoSeriousViolations(page, 'landing');
  });

  it('loads, then never claims caught up after a failure', async () => {
    expect(
      (await simulatorCall('PUT', '/__simulator/faults', { errorsWithoutData: { requests: 3 } }))
        .status,
    ).toBe(200);
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByLabel('Email').fill(demoEmail);
    await page.getByLabel('API token', { exact: true }).fill('demo-api-token');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    const section = page.getByTestId('account-section');
    await expect.poll(() => section.getAttribute('data-list-state')).toBe('could-not-refresh');
    await page.locator('[data-testid^="feed-problem-"]').first().waitFor();
    expect(await page.getByTestId('all-caught-up').count()).toBe(0);
    await saveScreen(page, 'could-not-refresh');

    await simulatorCall('DELETE', '/__simulator/faults');
    await page.getByRole('button', { name: 'Try now' }).click();
    await page.getByTestId('notification-row').first().waitFor();
  });

  it('names the site of partial results', async () => {
    // The cloud id of the simulator's orbit.atlassian.net.
    const orbitCloudId = 'a93e5d27-6b1f-4e08-8c4a-7d2e9f0b3c81';
    const warning = await showFault(
      { partialErrors: { cloudId: orbitCloudId, requests: 1 } },
      'feed-warning',
    );
    expect(await warning.textContent()).toMatch(/did not return the notifications of/);
    await saveScreen(page, 'partial-results', true);
  });

  it('shows rate limit with retry time', async () => {
    const message = await showFault(
      { httpError: { status: 429, retryAfter: '600', requests: 3 } },
      'feed-problem-rate-limited',
    );
    expect(await message.textContent()).toMatch(/Retrying at \d\d:\d\d\./);
    expect(await page.getByTestId('notification-row').count()).toBeGreaterThan(0);
    await saveScreen(page, 'rate-limited', true);
  });

  it('shows offline and unavailable', async () => {
    await showFault({ refuseConnections: { requests: 3 } }, 'feed-problem-offline');
    await saveScreen(page, 'offline');
    await showFault({ httpError: { status: 503, requests: 3 } }, 'feed-problem-unavailable');
    await saveScreen(page, 'unavailable');
    await simulatorCall('DELETE', '/__simulator/faults');
  });

  it('asks to sign in again', async () => {
    await simulatorCall(
      'POST',
      `/__simulator/api-tokens/expire?email=${encodeURIComponent(demoEmail)}`,
    );
    const message = await showFault({}, 'feed-problem-sign-in');
    await message.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add account' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(demoEmail);
    await saveScreen(page, 'sign-in-again');
    await simulatorCall('POST', '/__simulator/reset');
    await page.getByLabel('API token', { exact: true }).fill('demo-api-token');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('notification-row').first().waitFor();
  });

  it('virtualizes a long feed', async () => {
    const added = Array.from({ length: 1100 }, (_, index) =>
      simulatorCall('POST', `/__simulator/notifications?email=${encodeURIComponent(demoEmail)}`, {
        headNotification: {
          content: {
            type: 'jira:issue-assigned',
            message: `Ada assigned LONG-${index} to you`,
            url: `https://nimbus.atlassian.net/browse/LONG-${index}`,
            actor: { displayName: 'Ada Lovelace' },
            entity: { title: `Long feed item ${index}` },
          },
          analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
        },
      }),
    );
    expect((await Promise.all(added)).every((response) => response.status === 201)).toBe(true);
    await engineRequest(page, 'POST', '/refresh');
    const rows = page.getByTestId('notification-row');
    await expect.poll(() => rows.first().getAttribute('aria-setsize')).toBe('1000');
    expect(await rows.count()).toBeLessThan(60);
    await expect.poll(() => page.title()).toBe('(999+) Atlassify');

    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('Shift+ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-posinset')))
      .toBe('1000');
    expect(await rows.count()).toBeLessThan(60);
    await saveScreen(page, 'long-feed-end');
  });

  it('resets everything after confirming', async () => {
    await page.keyboard.press('s');
    await page.getByRole('button', { name: 'Reset everything' }).click();
    const dialog = page.getByTestId('reset-everything-confirm');
    await dialog.waitFor();
    await saveScreen(page, 'reset-everything-confirm');
    await dialog.getByRole('button', { name: 'Reset everything' }).click();
    await page.getByTestId('landing').waitFor();
    const files = await readdir(app.home.env.ATLASSIFY_HOME);
    expect(files).not.toContain('settings.json');
    const credentials = files.includes('credentials.json')
      ? await import('node:fs/promises').then((fs) =>
          fs.readFile(join(app.home.env.ATLASSIFY_HOME, 'credentials.json'), 'utf8'),
        )
      : '';
    expect(credentials).not.toContain('demo-api-token');
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
    // The demo runs detached from this engine, so the test stops it through its own window.
    demoStopped = true;
    await engineRequest(page, 'POST', '/quit');
    await page
      .getByTestId('stopped')
      .waitFor({ timeout: 5_000 })
      .catch(() => {});
  });
});
