import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { AccountView } from '@atlassify/engine';
import { DEMO_ACCOUNT_ID, type RunningSimulator } from '@atlassify/simulator';
import { describe, type ExpectStatic, it } from 'vitest';

import type { TestHome } from '../../../test/e2e/harness/dirs.ts';
import { freePort } from '../../../test/e2e/harness/ports.ts';
import { parseJsonOutput, runCli } from './support/cli.ts';
import { cliEnv, occupyPort, type Teardown, useHome, useSimulator } from './support/setup.ts';

const apiTokensPage = 'https://id.atlassian.com/manage-profile/security/api-tokens';

async function listAccounts(env: NodeJS.ProcessEnv): Promise<AccountView[]> {
  return parseJsonOutput<AccountView[]>(await runCli(['accounts', '--json'], { env }));
}

async function signIn(
  simulator: RunningSimulator,
  env: NodeJS.ProcessEnv,
  expect: ExpectStatic,
): Promise<void> {
  const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
    env,
    input: simulator.options.apiToken,
  });
  expect(login.code, login.stderr).toBe(0);
}

/** Hashes the file store, to compare it before and after without putting secrets in the output. */
async function credentialsDigest(home: TestHome): Promise<string> {
  const text = await readFile(join(home.env.ATLASSIFY_HOME, 'credentials.json'), 'utf8');
  return createHash('sha256').update(text).digest('hex');
}

async function storedApiToken(home: TestHome): Promise<string | undefined> {
  const text = await readFile(join(home.env.ATLASSIFY_HOME, 'credentials.json'), 'utf8');
  const file = JSON.parse(text) as { secrets?: Record<string, string> };
  return file.secrets?.[`api-token:${DEMO_ACCOUNT_ID}`];
}

async function setUp(
  name: string,
  teardown: Teardown,
): Promise<{ simulator: RunningSimulator; home: TestHome; env: NodeJS.ProcessEnv }> {
  const simulator = await useSimulator(teardown);
  const home = await useHome(name, teardown);
  return { simulator, home, env: cliEnv(home, simulator.url) };
}

describe.concurrent('bad input', () => {
  it('wrong token adds no account', async ({ expect, onTestFinished }) => {
    const { simulator, home, env } = await setUp('wrong-token', onTestFinished);

    const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
      env,
      input: 'not-the-token',
    });

    expect(login.code).toBe(3);
    expect(login.stderr).toContain(
      `Atlassian rejected the API token for ${simulator.options.userEmail}`,
    );
    expect(login.stderr).toContain(apiTokensPage);
    expect(login.stderr).not.toContain('not-the-token');
    expect(await listAccounts(env)).toEqual([]);
    expect(existsSync(join(home.env.ATLASSIFY_HOME, 'credentials.json'))).toBe(false);
  });

  it('wrong token keeps existing account', async ({ expect, onTestFinished }) => {
    const { simulator, home, env } = await setUp('wrong-token-kept', onTestFinished);
    await signIn(simulator, env, expect);
    const accountsBefore = await listAccounts(env);
    const digestBefore = await credentialsDigest(home);

    const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
      env,
      input: 'not-the-token',
    });

    expect(login.code).toBe(3);
    expect(login.stderr).toContain(apiTokensPage);
    expect(await listAccounts(env)).toEqual(accountsBefore);
    expect(await credentialsDigest(home)).toBe(digestBefore);
    const listing = await runCli(['notifications', '--json'], { env });
    expect(listing.code, listing.stderr).toBe(0);
  });

  // Commander rejects the empty flag, and the engine rejects the others with INVALID_INPUT: all
  // exit with 2, the code `--help` lists for invalid input.
  it.for([
    { flagEmail: '', token: 'demo-api-token', codes: [2], names: '--email' },
    { flagEmail: '   ', token: 'demo-api-token', codes: [2], names: 'Email is required' },
    {
      flagEmail: 'demo@atlassify.test',
      token: 'demo api token',
      codes: [2],
      names: 'API token contains spaces',
    },
  ])(
    'rejects $names before requests',
    async ({ flagEmail, token, codes, names }, { expect, onTestFinished }) => {
      const { simulator, home, env } = await setUp('invalid-field', onTestFinished);

      const login = await runCli(['login', '--api-token', '--email', flagEmail], {
        env,
        input: token,
      });

      expect(login.code).toBeOneOf(codes);
      expect(login.stderr).toMatch(/^Error: /);
      expect(login.stderr).toContain(names);
      expect(simulator.control.requests()).toEqual([]);
      expect(existsSync(join(home.env.ATLASSIFY_HOME, 'accounts.json'))).toBe(false);
    },
  );

  it('unknown id names the id', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await setUp('unknown-id', onTestFinished);
    await signIn(simulator, env, expect);
    simulator.control.clearRequests();

    const read = await runCli(['read', 'no-such-notification'], { env });

    expect(read.code).toBe(2);
    expect(read.stderr).toContain('Unknown notification id: no-such-notification.');
    expect(read.stderr).toContain('atlassify notifications --all --json');
    const graphqlOperations = simulator.control
      .requests()
      .map((entry) => entry.operationName)
      .filter((name) => name !== null);
    expect([...new Set(graphqlOperations)]).toEqual(['MyNotifications']);
  });

  it('other base URL keeps the account', async ({ expect, onTestFinished }) => {
    const { simulator, home, env } = await setUp('other-base-url', onTestFinished);
    await signIn(simulator, env, expect);
    const closedPort = await freePort();
    const otherUrl = `http://127.0.0.1:${closedPort}`;
    const otherEnv = { ...env, ATLASSIFY_ATLASSIAN_BASE_URL: otherUrl };
    simulator.control.clearRequests();

    const listing = await runCli(['notifications'], { env: otherEnv });

    expect(listing.code).toBe(2);
    expect(listing.stderr).toContain(`signed in against ${simulator.url}`);
    expect(listing.stderr).toContain(`now sends requests to ${otherUrl}`);
    expect(listing.stderr).toContain(`Set ATLASSIFY_ATLASSIAN_BASE_URL=${simulator.url}`);
    expect(listing.stdout).toBe('');
    expect(await listAccounts(otherEnv)).toEqual([
      expect.objectContaining({ id: DEMO_ACCOUNT_ID, status: 'ok' }),
    ]);
    const token = await storedApiToken(home);
    expect(token === simulator.options.apiToken, 'the stored API token is unchanged').toBe(true);
    expect(simulator.control.requests()).toEqual([]);
  });

  it('empty id is rejected', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await setUp('empty-id', onTestFinished);
    await signIn(simulator, env, expect);
    simulator.control.clearRequests();

    const read = await runCli(['read', ''], { env });

    expect(read.code).toBe(2);
    expect(read.stderr).toContain('Error: A notification id is empty.');
    expect(simulator.control.requests()).toEqual([]);
  });

  it('repeated id counts once', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await setUp('repeated-id', onTestFinished);
    await signIn(simulator, env, expect);
    const rows = parseJsonOutput<{ id: string; groupSize: number }[]>(
      await runCli(['notifications', '--json'], { env }),
    );
    const single = rows.find((row) => row.groupSize === 1)?.id ?? '';

    const read = await runCli(['read', single, single], { env });

    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toBe('Marked 1 notification as read.\n');
  });

  it('too long token says so', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await setUp('long-token', onTestFinished);

    const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
      env,
      input: 'x'.repeat(100_000),
    });

    expect(login.code).toBe(2);
    expect(login.stderr).toContain('The API token is too long');
    expect(login.stderr).toContain('HTTP 431');
    expect(login.stderr).toContain('pasted only the token');
    expect(login.stderr).not.toContain('Try again');
    expect(await listAccounts(env)).toEqual([]);
  });

  it('names a bogus log level', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await setUp('bogus-level', onTestFinished);

    const accounts = await runCli(['accounts'], { env: { ...env, ATLASSIFY_LOG_LEVEL: 'bogus' } });

    expect(accounts.code).toBe(2);
    expect(accounts.stderr).toContain('ATLASSIFY_LOG_LEVEL is "bogus", which is not a log level.');
    expect(accounts.stderr).toContain('debug, info, warn or error');
    expect(accounts.stderr).not.toContain('bug in Atlassify');
    expect(simulator.control.requests()).toEqual([]);
  });

  it('names a file as ATLASSIFY_HOME', async ({ expect, onTestFinished }) => {
    const { home, env } = await setUp('home-is-file', onTestFinished);
    const file = join(home.root, 'not-a-folder');
    await writeFile(file, '');

    const accounts = await runCli(['accounts'], { env: { ...env, ATLASSIFY_HOME: file } });

    expect(accounts.code).toBe(2);
    expect(accounts.stderr).toContain(`ATLASSIFY_HOME ("${file}") is not a folder`);
    expect(accounts.stderr).toContain('Point ATLASSIFY_HOME at a folder');
    expect(accounts.stderr).not.toContain('bug in Atlassify');
  });

  it('start names a busy port', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await setUp('start-busy', onTestFinished);
    const { port } = await occupyPort(onTestFinished);

    const start = await runCli(['start', '--no-open', '--port', String(port)], { env });

    expect(start.code).not.toBe(0);
    expect(start.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use.`);
    expect(start.stderr).toContain('--port 0');
    expect(start.stdout).not.toContain('Atlassify is running');
    expect(simulator.control.requests()).toEqual([]);
  });

  it('names a bogus credential store', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await setUp('bogus-store', onTestFinished);

    const accounts = await runCli(['accounts'], {
      env: { ...env, ATLASSIFY_CREDENTIAL_STORE: 'bogus' },
    });

    expect(accounts.code).not.toBe(0);
    expect(accounts.stderr).toContain('ATLASSIFY_CREDENTIAL_STORE');
    expect(accounts.stderr).toContain('"bogus"');
    expect(accounts.stderr).toContain('"keychain" and "file"');
    expect(simulator.control.requests()).toEqual([]);
  });
});
