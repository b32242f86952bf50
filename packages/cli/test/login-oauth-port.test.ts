import type { AccountView } from '@atlassify/engine';
import type { RunningSimulator } from '@atlassify/simulator';
import { describe, it } from 'vitest';

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

async function oauthEnv(
  home: TestHome,
  simulator: RunningSimulator,
  callbackUrl: string,
): Promise<NodeJS.ProcessEnv> {
  const browser = await writeBrowserScript(home);
  return cliEnv(home, simulator.url, {
    ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
    ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
    BROWSER: browser.path,
  });
}

/** Follows the consent page (it approves at once) and returns where it redirects the browser. */
async function redirectAfterConsent(authorizeUrl: string): Promise<string> {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  await consent.body?.cancel();
  return consent.headers.get('location') ?? '';
}

describe.concurrent('login --oauth and the callback port', () => {
  it('pastes when the port is busy', async ({ expect, onTestFinished }) => {
    const { simulator, callbackUrl, callbackPort } = await useOAuthSimulator(onTestFinished);
    const home = await useHome('oauth-paste-busy', onTestFinished);
    const env = await oauthEnv(home, simulator, callbackUrl);
    await occupyPort(onTestFinished, callbackPort);

    const login = spawnInteractiveCli(
      ['login', '--oauth', '--no-browser', '--client-id', simulator.options.clientId],
      { env },
    );
    onTestFinished(() => login.stop());
    await login.waitForLine(/Continuing without the callback listener/);
    const [, authorizeUrl = ''] = await login.waitForLine(authorizeLinePattern);
    login.answer(`${await redirectAfterConsent(authorizeUrl)}\n`);
    const result = await login.result();

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain(`Port ${callbackPort} is in use`);
    expect(result.stdout).toContain('Signed in as Dana Demo <demo@atlassify.test> (oauth).');
    const accounts = parseJsonOutput<AccountView[]>(await runCli(['accounts', '--json'], { env }));
    expect(accounts.map((account) => account.authMethod)).toEqual(['oauth']);
  });

  it('names another sign-in on the port', async ({ expect, onTestFinished }) => {
    const { simulator, callbackUrl, callbackPort } = await useOAuthSimulator(onTestFinished);
    const home = await useHome('oauth-two-sign-ins', onTestFinished);
    const env = await oauthEnv(home, simulator, callbackUrl);
    const args = ['login', '--oauth', '--client-id', simulator.options.clientId];

    // The first sign-in listens on the callback port while it waits for a pasted URL.
    const first = spawnInteractiveCli([...args, '--no-browser'], { env });
    onTestFinished(() => first.stop());
    await first.waitForLine(authorizeLinePattern);
    const second = await runCli(args, { env });
    const pasteOnly = await runCli([...args, '--no-browser'], { env, input: '' });

    expect(second.code).toBe(1);
    expect(second.stderr).toContain(
      `Another Atlassify sign-in (process ${first.child.pid}) is waiting for its browser on port ${callbackPort}`,
    );
    expect(second.stderr).toContain('Ctrl-C in its terminal');
    expect(second.stderr).not.toContain('/authorize?');
    expect(pasteOnly.stderr).toContain(`Another Atlassify sign-in (process ${first.child.pid})`);
    expect(pasteOnly.stderr).toContain('Continuing without the callback listener');
    expect(pasteOnly.stderr).toContain('No redirected URL given: standard input ended.');
    expect(pasteOnly.code).toBe(2);
  });
});
