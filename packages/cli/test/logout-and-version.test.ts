import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import { describe, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { keyringUsernames } from './support/keyring.ts';
import { cliEnv, useHome, useHomeWithKeyring, useSimulator } from './support/setup.ts';

describe.concurrent('logout', () => {
  it('deletes the keychain entries', async ({ expect, onTestFinished }) => {
    const simulator = await useSimulator(onTestFinished);
    const { session } = await useHomeWithKeyring('logout-keyring', onTestFinished);
    const env = {
      ...session.env,
      ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
      ATLASSIFY_CREDENTIAL_STORE: undefined,
    };
    const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
      env,
      input: simulator.options.apiToken,
    });
    expect(login.code, login.stderr).toBe(0);
    expect(await keyringUsernames(session.env)).toHaveLength(1);

    const logout = await runCli(['logout', simulator.options.userEmail.toUpperCase()], { env });

    expect(logout.code, logout.stderr).toBe(0);
    expect(logout.stdout).toBe(
      `Signed out of ${simulator.options.userEmail}; its secrets were deleted from the OS keychain.\n`,
    );
    expect(await keyringUsernames(session.env)).toEqual([]);
    const accounts = await runCli(['accounts', '--json'], { env });
    expect(JSON.parse(accounts.stdout)).toEqual([]);
  });

  it('names an unknown account', async ({ expect, onTestFinished }) => {
    const simulator = await useSimulator(onTestFinished);
    const home = await useHome('logout-unknown', onTestFinished);
    const env = cliEnv(home, simulator.url);
    await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
      env,
      input: simulator.options.apiToken,
    });

    const logout = await runCli(['logout', 'nobody@example.test'], { env });

    expect(logout.code).toBe(2);
    expect(logout.stderr).toContain(
      'No signed-in account has the email or id "nobody@example.test"',
    );
    expect(logout.stderr).toContain(simulator.options.userEmail);
  });
});

describe('version', () => {
  it.for(['--version', '-V'])('%s prints the version', async (flag, { expect, onTestFinished }) => {
    const home = await useHome('version', onTestFinished);
    const manifest = fileURLToPath(new URL('../package.json', import.meta.url));
    const { version } = JSON.parse(await readFile(manifest, 'utf8')) as { version: string };

    const result = await runCli([flag], { env: home.env });

    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`${version}\n`);
  });
});
