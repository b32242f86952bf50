import type { Snapshot } from '@atlassify/engine';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatClockTime } from '../../packages/ui/src/notifications/relative-time.ts';
import { checkInEveryLook, expectTextParts } from './ui-looks.ts';
import { orbitCloudId, type SimulatorProcess, startSimulatorProcess } from './ui-simulator.ts';
import { type AppWindow, demoEmail, engineRequest, openWindow } from './ui-support.ts';
import { type Look, text } from './ui-text.ts';

// Enough failing requests for every retry the engine makes while a state is checked in eight
// looks. Each test clears the faults when it is done.
const faultRequests = 1000;

let simulator: SimulatorProcess;
let app: AppWindow;
let page: Page;

/** Sets faults, requests a poll, and returns the message `testId` once it is shown. */
async function showFault(faults: Record<string, unknown>, testId: string) {
  await simulator.setFaults(faults);
  await engineRequest(page, 'POST', '/refresh');
  const message = page.getByTestId(testId);
  await message.waitFor();
  return message;
}

/** Clears the faults, polls, and waits until the message `testId` is gone. */
async function recover(testId: string) {
  await simulator.setFaults({});
  await engineRequest(page, 'POST', '/refresh');
  await expect.poll(() => page.getByTestId(testId).count()).toBe(0);
}

/** Waits for the "Try now" button of the message `testId` in the look's language. */
async function expectTryNow(testId: string, look: Look) {
  await page
    .getByTestId(testId)
    .getByRole('button', { name: text(look.language, 'notifications.tryNow'), exact: true })
    .waitFor();
}

async function signIn() {
  await page.getByLabel('API token', { exact: true }).fill('demo-api-token');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

describe('feed states in every look', () => {
  beforeAll(async () => {
    simulator = await startSimulatorProcess();
    app = await openWindow('ui-states-feed', [], { ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url });
    page = app.page;
  });

  afterAll(async () => {
    await app?.stop();
    await simulator?.stop();
  });

  it('never claims caught up after a failure', async () => {
    // GraphQL errors with a 4xx status and no data: a failure that is neither offline, a rate
    // limit nor Atlassian being down.
    await simulator.setFaults({ errorsWithoutData: { statusCode: 400, requests: faultRequests } });
    await page.getByRole('button', { name: 'Add account' }).click();
    await page.getByLabel('Email').fill(demoEmail);
    await signIn();
    const section = page.getByTestId('account-section');
    await expect.poll(() => section.getAttribute('data-list-state')).toBe('could-not-refresh');
    const failed = await engineRequest<Snapshot>(page, 'GET', '/snapshot');
    const error = failed.feeds[0]?.error;
    expect(error?.code).toBe('BAD_RESPONSE');

    await checkInEveryLook(page, 'could-not-refresh', async (look) => {
      const problem = page.getByTestId('feed-problem-error');
      // English shows the engine's own message, the other languages their catalog's text.
      const message =
        look.language === 'en'
          ? (error?.message ?? '')
          : text(look.language, 'errors.BAD_RESPONSE');
      await expectTextParts(problem, [text(look.language, 'notifications.feedFailed'), message]);
      await expectTryNow('feed-problem-error', look);
      expect(await page.getByTestId('all-caught-up').count()).toBe(0);
      expect(await page.getByTestId('notification-row').count()).toBe(0);
    });

    await simulator.setFaults({});
    await page.getByRole('button', { name: 'Try now' }).click();
    await page.getByTestId('notification-row').first().waitFor();

    // Four rows show each state as well as thirty, and keep the Tab walks short.
    const snapshot = await engineRequest<Snapshot>(page, 'GET', '/snapshot');
    const ids = snapshot.view?.accounts[0]?.ids ?? [];
    await engineRequest(page, 'POST', '/notifications/read', { ids: ids.slice(4) });
    await expect.poll(() => page.getByTestId('notification-row').count()).toBe(4);
  });

  it('shows offline with its next step', async () => {
    await showFault({ refuseConnections: { requests: faultRequests } }, 'feed-problem-offline');
    await checkInEveryLook(page, 'offline', async (look) => {
      await expectTextParts(page.getByTestId('feed-problem-offline'), [
        text(look.language, 'notifications.offline'),
        text(look.language, 'notifications.offlineBody'),
      ]);
      await expectTryNow('feed-problem-offline', look);
    });
    await recover('feed-problem-offline');
  });

  it('shows Atlassian unavailable with its next step', async () => {
    await showFault(
      { httpError: { status: 503, requests: faultRequests } },
      'feed-problem-unavailable',
    );
    await checkInEveryLook(page, 'unavailable', async (look) => {
      await expectTextParts(page.getByTestId('feed-problem-unavailable'), [
        text(look.language, 'notifications.unavailable'),
        text(look.language, 'notifications.unavailableBody'),
      ]);
      await expectTryNow('feed-problem-unavailable', look);
    });
    await recover('feed-problem-unavailable');
  });

  it('shows rate limit with retry time', async () => {
    await showFault(
      { httpError: { status: 429, retryAfter: '600', requests: faultRequests } },
      'feed-problem-rate-limited',
    );
    const snapshot = await engineRequest<Snapshot>(page, 'GET', '/snapshot');
    const retryAt = snapshot.feeds[0]?.retryAt ?? '';
    // Retry-After: 600 puts the next try ten minutes ahead, and the window shows its clock time.
    expect(Date.parse(retryAt) - Date.now()).toBeGreaterThan(5 * 60_000);

    await checkInEveryLook(
      page,
      'rate-limited',
      async (look) => {
        await expectTextParts(page.getByTestId('feed-problem-rate-limited'), [
          text(look.language, 'notifications.rateLimited'),
          text(look.language, 'notifications.rateLimitedBody'),
          text(look.language, 'notifications.retryingAt', {
            time: formatClockTime(retryAt, look.language),
          }),
        ]);
        await expectTryNow('feed-problem-rate-limited', look);
        expect(await page.getByTestId('notification-row').count()).toBeGreaterThan(0);
      },
      { readmeName: (look) => (look.name === 'light-en' ? 'rate-limited' : null) },
    );
    await recover('feed-problem-rate-limited');
  });

  it('names the site of partial results', async () => {
    await showFault(
      { partialErrors: { cloudId: orbitCloudId, requests: faultRequests } },
      'feed-warning',
    );
    // Earlier polls saw the site's items, so the warning names it by host, not by cloud id.
    const snapshot = await engineRequest<Snapshot>(page, 'GET', '/snapshot');
    const site = snapshot.feeds[0]?.warnings?.[0]?.site ?? '';
    expect(site).toBe('orbit.atlassian.net');

    await checkInEveryLook(
      page,
      'partial-results',
      async (look) => {
        await expectTextParts(page.getByTestId('feed-warning'), [
          text(look.language, 'notifications.partialResults'),
          text(look.language, 'notifications.partialResultsSite', { site }),
        ]);
        await expectTryNow('feed-warning', look);
      },
      { readmeName: (look) => (look.name === 'light-en' ? 'partial-results' : null) },
    );
    await recover('feed-warning');
  });

  it('asks to sign in again', async () => {
    await simulator.call(
      'POST',
      `/__simulator/api-tokens/expire?email=${encodeURIComponent(demoEmail)}`,
    );
    await showFault({}, 'feed-problem-sign-in');
    const signInParts = (look: Look) => [
      text(look.language, 'accounts.statusSignInRequired'),
      text(look.language, 'accounts.statusSignInRequiredBody'),
    ];
    await checkInEveryLook(page, 'sign-in-required', async (look) => {
      const message = page.getByTestId('feed-problem-sign-in');
      await expectTextParts(message, signInParts(look));
      await message
        .getByRole('button', { name: text(look.language, 'accounts.signInAgain'), exact: true })
        .waitFor();
    });

    await page.getByRole('button', { name: 'Accounts', exact: true }).click();
    await checkInEveryLook(page, 'accounts-sign-in-required', async (look) => {
      const card = page.getByTestId('account-card');
      await expectTextParts(card, [...signInParts(look), demoEmail]);
      await card
        .getByRole('button', { name: text(look.language, 'accounts.signInAgain'), exact: true })
        .waitFor();
    });

    await page.getByRole('button', { name: 'Sign in again' }).click();
    await page.getByRole('heading', { level: 1, name: 'Add account' }).waitFor();
    expect(await page.getByLabel('Email').inputValue()).toBe(demoEmail);
    await simulator.call('POST', '/__simulator/reset');
    await signIn();
    await page.getByTestId('notification-row').first().waitFor();
  });

  it('shows all caught up', async () => {
    const snapshot = await engineRequest<Snapshot>(page, 'GET', '/snapshot');
    await engineRequest(page, 'POST', '/notifications/mark', {
      readState: 'read',
      accountId: snapshot.accounts[0]?.id,
    });
    await page.getByTestId('all-caught-up').waitFor();
    await checkInEveryLook(page, 'all-caught-up', async (look) => {
      await expectTextParts(page.getByTestId('all-caught-up'), [
        text(look.language, 'notifications.allCaughtUp'),
        text(look.language, 'notifications.allCaughtUpBody'),
      ]);
    });
  });
});
