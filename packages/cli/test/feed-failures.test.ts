import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DEMO_ACCOUNT_ID, type RunningSimulator } from '@atlassify/simulator';
import { describe, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { listJson, readStateInSimulator, signedIn } from './support/signed-in.ts';

/** Makes every simulated endpoint close the connection, as an unreachable Atlassian would. */
function refuseConnections(simulator: RunningSimulator): void {
  simulator.control.setFaults({ refuseConnections: { requests: 10_000 } });
}

const retryPromise = /next poll|tries again/;

function unreadIds(simulator: RunningSimulator): string[] {
  return simulator.control
    .notifications(simulator.options.userEmail)
    .filter((item) => item.readState === 'unread')
    .map((item) => item.notificationId);
}

function markRequests(simulator: RunningSimulator) {
  return simulator.control
    .requests()
    .filter(
      (entry) => entry.operationName === 'MarkAsRead' || entry.operationName === 'MarkAsUnread',
    );
}

describe.concurrent('feed failures', () => {
  it('json prints the error too', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('json-unreachable', onTestFinished);
    refuseConnections(simulator);

    const listing = await runCli(['notifications', '--json'], { env });

    expect(listing.code).toBe(1);
    expect(JSON.parse(listing.stdout)).toEqual([]);
    expect(listing.stderr).toContain(`${simulator.options.userEmail}: Couldn't refresh:`);
    expect(listing.stderr).toContain('Could not reach 127.0.0.1:');
    expect(listing.stderr).toContain('run the command again');
    expect(listing.stderr).not.toMatch(retryPromise);
    expect(listing.stderr).not.toContain(DEMO_ACCOUNT_ID);
  });

  it('text output words the hint for the CLI', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('text-unreachable', onTestFinished);
    refuseConnections(simulator);

    const listing = await runCli(['notifications'], { env });

    expect(listing.code).toBe(1);
    expect(listing.stderr).toContain('Check the network connection, proxy or VPN');
    expect(listing.stderr).not.toMatch(retryPromise);
  });

  it.for(['read', 'unread'])('%s names the fetch error', async (command, context) => {
    const { expect, onTestFinished } = context;
    const { simulator, env } = await signedIn(`${command}-unreachable`, onTestFinished);
    const [row] = await listJson(env);
    refuseConnections(simulator);

    const mark = await runCli([command, row?.id ?? 'missing'], { env });

    expect(mark.code).toBe(1);
    expect(mark.stderr).toContain(
      `because the notifications of ${simulator.options.userEmail} could not be fetched`,
    );
    expect(mark.stderr).toContain('Could not reach 127.0.0.1:');
    expect(mark.stderr).not.toContain('Unknown notification id');
    expect(mark.stderr).not.toMatch(retryPromise);
  });

  it.for(['read', 'unread'])('%s --product names the fetch error', async (command, context) => {
    const { expect, onTestFinished } = context;
    const { simulator, env } = await signedIn(`${command}-product-unreachable`, onTestFinished);
    refuseConnections(simulator);

    const mark = await runCli([command, '--product', 'jira'], { env });

    expect(mark.code).toBe(1);
    expect(mark.stdout).toBe('');
    expect(mark.stderr).toContain(
      `Could not fetch the notifications of ${simulator.options.userEmail}, so none of its rows were marked as ${command}: Could not reach 127.0.0.1:`,
    );
    expect(mark.stderr).toContain('Check the network connection, proxy or VPN');
    expect(mark.stderr).not.toMatch(retryPromise);
    expect(mark.stderr).not.toContain(DEMO_ACCOUNT_ID);
  });

  it('account mark names the fetch error', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('account-unreachable', onTestFinished);
    const unreadBefore = unreadIds(simulator);
    simulator.control.setFaults({ httpError: { status: 503, requests: 10_000 } });

    const mark = await runCli(['read', '--account', simulator.options.userEmail, '--yes'], {
      env,
    });
    const unconfirmed = await runCli(['read', '--account', simulator.options.userEmail], { env });

    expect(mark.code).toBe(1);
    expect(mark.stdout).toBe('');
    expect(mark.stderr).toContain(
      `Could not fetch the notifications of ${simulator.options.userEmail}, so none of its rows were marked as read:`,
    );
    expect(mark.stderr).toContain('run the command again in a few minutes');
    // The fetch fails before the question, so a run without --yes fails the same way.
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stderr).not.toContain('needs confirmation');
    expect(markRequests(simulator)).toEqual([]);
    expect(unreadIds(simulator)).toEqual(unreadBefore);
  });

  it('marks the accounts that loaded', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('one-account-unreachable', onTestFinished);
    const other = simulator.control.addUser({
      email: 'olive@atlassify.test',
      apiToken: 'olive-api-token',
      name: 'Olive Other',
    });
    const login = await runCli(['login', '--api-token', '--email', other.email], {
      env,
      input: 'olive-api-token',
    });
    expect(login.code, login.stderr).toBe(0);
    const jira = (await listJson(env, ['--product', 'jira'])).map((row) => row.id);
    simulator.control.expireApiToken(other.email);

    const mark = await runCli(['read', '--product', 'jira'], { env });

    // An expired token needs a new sign-in, so the exit code is 3, as for `notifications`.
    expect(mark.code).toBe(3);
    expect(mark.stdout).toMatch(/^Marked \d+ rows \(\d+ notifications\) as read\.\n$/);
    expect(mark.stderr).toContain(
      `Could not fetch the notifications of ${other.email}, so none of its rows were marked as read:`,
    );
    expect(mark.stderr).toContain('sign in to the account again');
    expect(mark.stderr).not.toContain(`notifications of ${simulator.options.userEmail}`);
    expect(jira.length).toBeGreaterThan(0);
    expect(jira.map((id) => readStateInSimulator(simulator, id))).toEqual(jira.map(() => 'read'));
  });

  it('rejected token exits with 3', async ({ expect, onTestFinished }) => {
    const { simulator, env, root } = await signedIn('token-rejected', onTestFinished);
    const credentialsFile = join(root, 'atlassify', 'credentials.json');
    const credentials = JSON.parse(await readFile(credentialsFile, 'utf8'));
    credentials.secrets[`api-token:${DEMO_ACCOUNT_ID}`] = 'revoked-token';
    await writeFile(credentialsFile, JSON.stringify(credentials));

    const listing = await runCli(['notifications', '--json'], { env });
    const read = await runCli(['read', 'any-id'], { env });

    expect(listing.code).toBe(3);
    expect(listing.stderr).toContain(`${simulator.options.userEmail}: Couldn't refresh:`);
    expect(listing.stderr).toContain('Sign-in required');
    expect(read.code).toBe(3);
  });
});
