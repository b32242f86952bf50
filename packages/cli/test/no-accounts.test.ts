import { describe, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { cliEnv, useHome, useSimulator } from './support/setup.ts';

const noAccounts =
  'Error: No accounts. Add one with `atlassify login --api-token --email you@example.com` or `atlassify login --oauth`.';

describe.concurrent('no accounts', () => {
  it.for([
    ['notifications'],
    ['notifications', '--json'],
    ['read', 'some-id'],
    ['unread', 'some-id'],
    ['read', '--product', 'jira'],
    ['open', 'some-id'],
    ['sites', 'list'],
    ['logout', 'demo@atlassify.test'],
  ])('%s says how to add one', async (args, { expect, onTestFinished }) => {
    const simulator = await useSimulator(onTestFinished);
    const home = await useHome('no-accounts', onTestFinished);

    const result = await runCli(args, { env: cliEnv(home, simulator.url) });

    expect(result.code).toBe(3);
    expect(result.stderr.split('\n')[0]).toBe(noAccounts);
    expect(result.stdout).toBe('');
    expect(simulator.control.requests()).toEqual([]);
  });

  it('accounts lists none', async ({ expect, onTestFinished }) => {
    const simulator = await useSimulator(onTestFinished);
    const home = await useHome('no-accounts-list', onTestFinished);

    const result = await runCli(['accounts'], { env: cliEnv(home, simulator.url) });

    expect(result.code).toBe(0);
    expect(result.stdout).toContain('No accounts. Add one with');
  });
});
