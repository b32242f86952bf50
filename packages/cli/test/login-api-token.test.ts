import { readdir } from 'node:fs/promises';

import type { AccountView } from '@atlassify/engine';
import { DEMO_ACCOUNT_ID } from '@atlassify/simulator';
import { describe, it } from 'vitest';

import { parseJsonOutput, runCli } from './support/cli.ts';
import { keyringUsernames, keyringValue } from './support/keyring.ts';
import { useHomeWithKeyring, useSimulator } from './support/setup.ts';

describe.concurrent('login --api-token', () => {
  it('stores stdin token in keyring', async ({ expect, onTestFinished }) => {
    const simulator = await useSimulator(onTestFinished);
    const { home, session } = await useHomeWithKeyring('login-stdin', onTestFinished);
    const env = {
      ...session.env,
      ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
      ATLASSIFY_CREDENTIAL_STORE: undefined,
    };

    const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
      env,
      input: `${simulator.options.apiToken}\n`,
    });

    expect(login.stderr).toBe('');
    expect(login.code).toBe(0);
    expect(login.stdout).toContain(`Signed in as Dana Demo <${simulator.options.userEmail}>`);

    const entryName = `api-token:${DEMO_ACCOUNT_ID}`;
    expect(await keyringUsernames(session.env)).toEqual([entryName]);
    const stored = await keyringValue(session.env, entryName);
    expect(stored === simulator.options.apiToken, 'keyring entry holds the API token').toBe(true);

    const accounts = await runCli(['accounts', '--json'], { env });
    expect(accounts.code).toBe(0);
    expect(parseJsonOutput<AccountView[]>(accounts)).toEqual([
      expect.objectContaining({
        id: DEMO_ACCOUNT_ID,
        email: simulator.options.userEmail,
        authMethod: 'api-token',
        credentialStore: 'keychain',
        status: 'ok',
      }),
    ]);
    expect(await readdir(home.env.ATLASSIFY_HOME)).not.toContain('credentials.json');
  });

  it('signs in again without duplicates', async ({ expect, onTestFinished }) => {
    const simulator = await useSimulator(onTestFinished);
    const { session } = await useHomeWithKeyring('login-twice', onTestFinished);
    const env = {
      ...session.env,
      ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
      ATLASSIFY_CREDENTIAL_STORE: undefined,
    };
    const args = ['login', '--api-token', '--email', simulator.options.userEmail];

    const fromEnvironment = await runCli(args, {
      env: { ...env, ATLASSIFY_API_TOKEN: simulator.options.apiToken },
    });
    expect(fromEnvironment.stderr).toBe('');
    expect(fromEnvironment.code).toBe(0);

    const fromStdin = await runCli(args, { env, input: simulator.options.apiToken });
    expect(fromStdin.stderr).toBe('');
    expect(fromStdin.code).toBe(0);

    const accounts = parseJsonOutput<AccountView[]>(await runCli(['accounts', '--json'], { env }));
    expect(accounts.map((account) => account.id)).toEqual([DEMO_ACCOUNT_ID]);
    expect(await keyringUsernames(session.env)).toEqual([`api-token:${DEMO_ACCOUNT_ID}`]);
  });
});
