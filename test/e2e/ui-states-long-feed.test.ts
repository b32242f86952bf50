/// <reference lib="dom" />
import type { Snapshot } from '@atlassify/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SimulatorProcess, startSimulatorProcess } from './ui-simulator.ts';
import {
  type AppWindow,
  demoEmail,
  engineRequest,
  expectNoSeriousViolations,
  openWindow,
  saveScreen,
} from './ui-support.ts';

/** The engine keeps at most this many items of one account's feed (`feedItemCap`). */
const rowsPerAccount = 1000;
// More rows in the DOM than a virtualized list draws for an 800 px viewport plus overscan.
const maxRowsInDom = 60;
// Requests to the simulator at once while the feed is filled.
const parallelRequests = 50;

interface FeedAccount {
  email: string;
  apiToken: string;
  name: string;
}

const accounts: FeedAccount[] = [
  { email: demoEmail, apiToken: 'demo-api-token', name: 'Dana Demo' },
  { email: 'grace@atlassify.test', apiToken: 'grace-api-token', name: 'Grace Hopper' },
  { email: 'alan@atlassify.test', apiToken: 'alan-api-token', name: 'Alan Turing' },
];

let simulator: SimulatorProcess;
let app: AppWindow;
let page: Page;

/** Stores `rowsPerAccount` unread Jira notifications for the account, one minute apart. */
function feedItems(account: FeedAccount) {
  const now = Date.now();
  return Array.from({ length: rowsPerAccount }, (_, index) => ({
    email: account.email,
    body: {
      headNotification: {
        timestamp: new Date(now - index * 60_000).toISOString(),
        content: {
          type: 'jira:issue-assigned',
          message: `${account.name} item ${index}`,
          url: `https://nimbus.atlassian.net/browse/LONG-${index}`,
          actor: { displayName: 'Ada Lovelace' },
          entity: { title: `Long feed item ${index}` },
        },
        analyticsAttributes: [{ key: 'registrationProduct', value: 'jira' }],
      },
    },
  }));
}

/** Adds every item with `parallelRequests` requests in flight and returns the response statuses. */
async function addAll(items: Array<{ email: string; body: unknown }>): Promise<number[]> {
  const statuses: number[] = [];
  let next = 0;
  const worker = async () => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) {
      const path = `/__simulator/notifications?email=${encodeURIComponent(item.email)}`;
      const response = await simulator.call('POST', path, item.body);
      await response.arrayBuffer();
      statuses.push(response.status);
    }
  };
  await Promise.all(Array.from({ length: parallelRequests }, worker));
  return statuses;
}

/** Returns the position in its feed and the account of the focused row, if a row has focus. */
function focusedRow() {
  return page.evaluate(() => {
    const row = document.activeElement?.closest('[data-testid="notification-row"]');
    const section = row?.closest('[data-testid="account-section"]');
    return {
      position: row?.getAttribute('aria-posinset') ?? null,
      accountId: section?.getAttribute('data-account-id') ?? null,
      text: row?.textContent ?? '',
    };
  });
}

/** Counts the rows drawn inside the viewport. */
function rowsInViewport() {
  return page.evaluate(
    () =>
      Array.from(document.querySelectorAll('[data-testid="notification-row"]')).filter((row) => {
        const box = row.getBoundingClientRect();
        return box.bottom > 0 && box.top < window.innerHeight;
      }).length,
  );
}

describe('a feed of 3,000 rows', () => {
  beforeAll(async () => {
    simulator = await startSimulatorProcess();
    for (const account of accounts.slice(1)) {
      const response = await simulator.call('POST', '/__simulator/users', account);
      expect(response.status, await response.clone().text()).toBe(201);
    }
    const statuses = await addAll(accounts.flatMap(feedItems));
    expect(statuses.filter((status) => status !== 201)).toEqual([]);
    expect(statuses).toHaveLength(accounts.length * rowsPerAccount);

    app = await openWindow('ui-states-long-feed', [], {
      ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
    });
    page = app.page;
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.stop();
  });

  it('signs in three accounts', async () => {
    const [first, ...others] = accounts as [FeedAccount, ...FeedAccount[]];
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByLabel('Email').fill(first.email);
    await page.getByLabel('API token', { exact: true }).fill(first.apiToken);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByTestId('notification-row').first().waitFor();
    for (const account of others) {
      const view = await engineRequest<{ email?: string }>(page, 'POST', '/accounts/api-token', {
        email: account.email,
        token: account.apiToken,
      });
      expect(view.email).toBe(account.email);
    }

    const sections = page.getByTestId('account-section');
    await expect.poll(() => sections.count()).toBe(accounts.length);
    // Each feed is an ARIA feed whose rows carry the feed's length.
    const setSizes = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll('[role="feed"]'), (feed) =>
          Number(
            feed.querySelector('[data-testid="notification-row"]')?.getAttribute('aria-setsize'),
          ),
        ),
      );
    await expect.poll(setSizes, { timeout: 30_000 }).toEqual([1000, 1000, 1000]);
    const snapshot = await engineRequest<Snapshot>(page, 'GET', '/snapshot');
    expect(snapshot.view?.rowCount).toBe(accounts.length * rowsPerAccount);
    await expect.poll(() => page.title()).toBe('(999+) Atlassify');
    expect(await page.getByTestId('notification-row').count()).toBeLessThan(maxRowsInDom);
  });

  it('reaches the last row by keyboard', async () => {
    const sections = page.getByTestId('account-section');
    const firstAccount = await sections.first().getAttribute('data-account-id');
    const lastAccount = await sections.last().getAttribute('data-account-id');
    const lastHeading =
      (await sections.last().getByRole('heading', { level: 2 }).textContent()) ?? '';
    const lastName = accounts.find((account) => lastHeading.startsWith(account.name))?.name;
    expect(lastName).toBeDefined();

    await page.locator('body').click({ position: { x: 5, y: 790 } });
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(focusedRow).toMatchObject({ position: '1000', accountId: lastAccount });
    // The newest item is first, so the last row is the oldest item of the last account.
    expect((await focusedRow()).text).toContain(`${lastName} item ${rowsPerAccount - 1}`);
    expect(await page.getByTestId('notification-row').count()).toBeLessThan(maxRowsInDom);
    await saveScreen(page, 'long-feed-end');
    await expectNoSeriousViolations(page, 'long feed end');

    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedRow).toMatchObject({ position: '999', accountId: lastAccount });
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedRow).toMatchObject({ position: '998', accountId: lastAccount });
    await page.keyboard.press('Shift+ArrowUp');
    await expect.poll(focusedRow).toMatchObject({ position: '1', accountId: firstAccount });
    expect(await page.getByTestId('notification-row').count()).toBeLessThan(maxRowsInDom);
  });

  it('draws rows wherever the wheel scrolls', async () => {
    await page.evaluate(() => {
      (document.activeElement as HTMLElement | null)?.blur();
      window.scrollTo(0, 0);
    });
    await page.mouse.move(550, 400);
    const atBottom = () =>
      page.evaluate(
        () => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1,
      );

    let steps = 0;
    while (!(await atBottom())) {
      steps += 1;
      expect(steps, 'wheel steps to the end of the list').toBeLessThan(100);
      const before = await page.evaluate(() => window.scrollY);
      await page.mouse.wheel(0, 8000);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
      // A blank viewport after a jump would mean the list fell behind the scroll position.
      await expect.poll(rowsInViewport).toBeGreaterThan(0);
      expect(await page.getByTestId('notification-row').count()).toBeLessThan(maxRowsInDom);
    }

    const last = page.locator('[data-testid="account-section"]').last();
    const lastRow = last.locator('[data-testid="notification-row"][aria-posinset="1000"]');
    await lastRow.waitFor();
    const box = await lastRow.boundingBox();
    expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(800);
  });

  it('draws rows after a jump of scrollTop', async () => {
    const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    for (const fraction of [0.5, 0.1, 0.9, 0]) {
      await page.evaluate(
        (top) => {
          document.documentElement.scrollTop = top;
        },
        Math.round(scrollHeight * fraction),
      );
      await expect.poll(rowsInViewport).toBeGreaterThan(0);
      expect(await page.getByTestId('notification-row').count()).toBeLessThan(maxRowsInDom);
    }
    const first = page.locator('[data-testid="notification-row"][aria-posinset="1"]').first();
    await first.waitFor();
  });
});
