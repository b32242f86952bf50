import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  type NotificationServer,
  startNotificationServer,
} from '../../packages/engine/test/dbus/notification-server.ts';
import { launchChromium, saveScreenshot } from './harness/chromium.ts';
import { makeTestHome } from './harness/dirs.ts';
import { spawnAndWaitForLine } from './harness/processes.ts';
import { startSessionWithKeyring } from './harness/session-bus.ts';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliBin = join(repositoryRoot, 'packages/cli/bin/atlassify.js');

// tsx compiles the sources on start, which takes a few seconds on a busy machine.
const startTimeoutMs = 30_000;
// Maximum wait for a change in the window, which may follow a poll of the simulator.
const uiTimeoutMs = 15_000;

const demoEmail = 'demo@atlassify.test';

/** `atlassify start --demo` with its in-process simulator, seen through a Chromium page. */
interface RunningDemo {
  simulatorUrl: string;
  notificationServer: NotificationServer;
  page: Page;
  /** The messages of the JavaScript dialogs the window opened, which must stay empty. */
  dialogs: string[];
}

/**
 * Starts a private session bus with a fake desktop notification daemon, `atlassify start --demo`
 * on it, and Chromium on the launch URL. Everything stops when the test finishes.
 */
async function startDemo(name: string): Promise<RunningDemo> {
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
  const notificationServer = await startNotificationServer({
    busAddress: session.env.DBUS_SESSION_BUS_ADDRESS,
  });
  cleanups.push(() => notificationServer.close());

  const engine = await spawnAndWaitForLine(
    process.execPath,
    [cliBin, 'start', '--demo', '--no-open', '--port', '0'],
    {
      cwd: repositoryRoot,
      // `true` turns opening an item in the browser into a no-op.
      env: { ...session.env, BROWSER: 'true' },
      pattern: /Atlassify is running at (http:\/\/\S+)/,
      timeoutMs: startTimeoutMs,
    },
  );
  cleanups.push(() => engine.stop());
  // The demo line comes before the ready line, so it is in the output by now.
  const simulatorUrl = /simulated Atlassian Cloud runs at (http:\/\/[^\s;]+)/.exec(
    engine.output(),
  )?.[1];
  expect(simulatorUrl).toBeDefined();

  const browser = await launchChromium();
  cleanups.push(() => browser.close());
  const page = await browser.newPage();
  page.setDefaultTimeout(uiTimeoutMs);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(engine.match[1] as string);

  return { simulatorUrl: simulatorUrl as string, notificationServer, page, dialogs };
}

describe('demo mode in the window', () => {
  it('shows seeded feed as text', async () => {
    const { page, dialogs } = await startDemo('demo-feed');

    await page.getByText('Demo', { exact: true }).waitFor();
    const rows = page.getByTestId('notification-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(10);
    await saveScreenshot(page, 'demo-feed');

    // Product sections appear once the list is grouped by product.
    await page.getByRole('button', { name: 'Group by product' }).click();
    await page.getByTestId('product-section').first().waitFor();
    const products: string[] = [];
    for (const feed of await page.getByRole('feed').all()) {
      const headingId = await feed.getAttribute('aria-labelledby');
      products.push(
        (await page.locator(`[id="${headingId}"] span > span`).first().textContent()) ?? '',
      );
    }
    expect(products).toEqual(expect.arrayContaining(['Jira', 'Confluence', 'Bitbucket']));
    expect(new Set(products).size).toBeGreaterThanOrEqual(5);

    const scriptRow = rows.filter({ hasText: "<script>alert('owned')</script>" });
    expect(await scriptRow.count()).toBe(1);
    expect(await scriptRow.textContent()).toContain('<img src=x onerror=alert(1)> Q&A for R&D');
    expect(await page.locator('[data-testid="notification-row"] script').count()).toBe(0);
    expect(await page.locator('[data-testid="notification-row"] img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('alerts and lists new item', async () => {
    const { page, simulatorUrl, notificationServer } = await startDemo('demo-new-item');
    const rows = page.getByTestId('notification-row');
    await rows.first().waitFor();
    // The list is virtualized, so the feed's size is in aria-setsize, not in the drawn rows.
    const rowsBefore = Number(await rows.first().getAttribute('aria-setsize'));
    // The first poll of a run raises at most one summary for the backlog.
    await expect
      .poll(() => notificationServer.calls.map((call) => call.summary))
      .toEqual([expect.stringMatching(/^\d+ unread notifications$/)]);

    const message = 'Ada Lovelace assigned ORB-901 to you';
    const response = await fetch(
      `${simulatorUrl}/__simulator/notifications?email=${encodeURIComponent(demoEmail)}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          headNotification: {
            content: {
              type: 'jira:issue-assigned',
              message,
              url: 'https://orbit.atlassian.net/browse/ORB-901',
              actor: { displayName: 'Ada Lovelace' },
              entity: { title: 'Ship the release notes' },
            },
            analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
          },
        }),
      },
    );
    expect(response.status).toBe(201);

    await page.getByRole('button', { name: 'Refresh' }).click();
    const newRow = rows.filter({ hasText: message });
    await newRow.waitFor();
    expect(await newRow.getAttribute('data-read-state')).toBe('unread');
    expect(Number(await rows.first().getAttribute('aria-setsize'))).toBe(rowsBefore + 1);
    await saveScreenshot(page, 'demo-new-item');

    await expect
      .poll(() => notificationServer.calls.slice(1))
      .toEqual([
        expect.objectContaining({
          appName: 'Atlassify',
          summary: message,
          body: 'Jira: Ship the release notes',
        }),
      ]);
  });
});
