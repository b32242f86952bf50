import { existsSync } from 'node:fs';

import type { AccountView } from '@atlassify/engine';
import type { RunningSimulator } from '@atlassify/simulator';
import { describe, type ExpectStatic, it } from 'vitest';

import type { TestHome } from '../../../test/e2e/harness/dirs.ts';
import { parseJsonOutput, runCli, spawnInteractiveCli } from './support/cli.ts';
import {
  cliEnv,
  occupyPort,
  useHome,
  useOAuthSimulator,
  writeBrowserScript,
} from './support/setup.ts';

const authorizeLinePattern = /^\s+(http:\/\/127\.0\.0\.1:\d+\/authorize\?\S+)$/;

function oauthEnv(
  home: TestHome,
  simulator: RunningSimulator,
  callbackUrl: string,
  browser: string,
): NodeJS.ProcessEnv {
  return cliEnv(home, simulator.url, {
    ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
    ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
    BROWSER: browser,
  });
}

async function listAccounts(env: NodeJS.ProcessEnv): Promise<AccountView[]> {
  return parseJsonOutput<AccountView[]>(await runCli(['accounts', '--json'], { env }));
}

function expectOAuthAccount(accounts: AccountView[], expect: ExpectStatic): void {
  expect(accounts).toHaveLength(1);
  const [account] = accounts;
  expect(account?.authMethod).toBe('oauth');
  expect(account?.email).toBe('demo@atlassify.test');
  expect(account?.scopes).toEqual(
    expect.arrayContaining(['read:me', 'read:account', 'read:jira-work', 'offline_access']),
  );
  expect(account?.sites.map((site) => site.host).sort()).toEqual([
    'nimbus.atlassian.net',
    'orbit.atlassian.net',
  ]);
}

describe.concurrent('login --oauth', () => {
  it('signs in through the browser', async ({ expect, onTestFinished }) => {
    const { simulator, callbackUrl } = await useOAuthSimulator(onTestFinished);
    const home = await useHome('oauth-browser', onTestFinished);
    const browser = await writeBrowserScript(home);
    const env = oauthEnv(home, simulator, callbackUrl, browser.path);

    const login = await runCli(['login', '--oauth', '--client-id', simulator.options.clientId], {
      env,
    });

    expect(login.code, login.stderr).toBe(0);
    expect(login.stdout).toContain('Signed in as Dana Demo <demo@atlassify.test> (oauth).');
    const authorizeUrl = new URL(
      login.stderr
        .split('\n')
        .map((line) => line.match(authorizeLinePattern))
        .find(Boolean)?.[1] ?? 'http://missing/',
    );
    expect(authorizeUrl.origin).toBe(simulator.url);
    expect(authorizeUrl.searchParams.get('client_id')).toBe(simulator.options.clientId);
    expect(authorizeUrl.searchParams.get('redirect_uri')).toBe(callbackUrl);
    expect(existsSync(browser.marker)).toBe(true);

    expectOAuthAccount(await listAccounts(env), expect);
  });

  it('completes from a pasted URL', async ({ expect, onTestFinished }) => {
    const { simulator, callbackUrl } = await useOAuthSimulator(onTestFinished);
    const home = await useHome('oauth-paste', onTestFinished);
    const browser = await writeBrowserScript(home);
    const env = oauthEnv(home, simulator, callbackUrl, browser.path);

    const login = spawnInteractiveCli(
      ['login', '--oauth', '--no-browser', '--client-id', simulator.options.clientId],
      { env },
    );
    onTestFinished(() => login.stop());
    const [, authorizeUrl = ''] = await login.waitForLine(authorizeLinePattern);

    const consent = await fetch(authorizeUrl, { redirect: 'manual' });
    await consent.body?.cancel();
    expect(consent.status).toBe(302);
    const redirectUrl = consent.headers.get('location') ?? '';
    expect(redirectUrl.startsWith(`${callbackUrl}?`)).toBe(true);
    login.answer(`${redirectUrl}\n`);

    const result = await login.result();
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('Paste the URL your browser was redirected to');
    expect(result.stdout).toContain('(oauth).');
    expect(existsSync(browser.marker), 'the browser must stay closed').toBe(false);
    expectOAuthAccount(await listAccounts(env), expect);
  });

  it('fails fast on busy callback port', async ({ expect, onTestFinished }) => {
    const { simulator, callbackUrl, callbackPort } = await useOAuthSimulator(onTestFinished);
    const home = await useHome('oauth-busy', onTestFinished);
    const browser = await writeBrowserScript(home);
    const env = oauthEnv(home, simulator, callbackUrl, browser.path);
    const args = ['login', '--oauth', '--client-id', simulator.options.clientId];

    const occupied = await occupyPort(onTestFinished, callbackPort);
    const busy = await runCli(args, { env });

    expect(busy.code).toBe(1);
    expect(busy.stderr).toContain(`Port ${callbackPort} is in use`);
    expect(busy.stderr).toContain('ATLASSIFY_OAUTH_CALLBACK_URL');
    expect(busy.stderr).not.toContain('/authorize?');
    expect(existsSync(browser.marker), 'the browser must not open').toBe(false);
    expect(simulator.control.requests()).toEqual([]);
    expect(await listAccounts(env)).toEqual([]);

    await new Promise<void>((resolve) => occupied.server.close(() => resolve()));
    const retry = await runCli(args, { env });

    expect(retry.code, retry.stderr).toBe(0);
    expect(existsSync(browser.marker)).toBe(true);
    expectOAuthAccount(await listAccounts(env), expect);
  });
});
