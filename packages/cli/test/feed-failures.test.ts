import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { DEMO_ACCOUNT_ID, type RunningSimulator } from '@atlassify/simulator';
import { describe, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { listJson, signedIn } from './support/signed-in.ts';

/** Makes every simulated endpoint close the connection, as an unreachable Atlassian would. */
function refuseConnections(simulator: RunningSimulator): void {
  simulator.control.setFaults({ refuseConnections: { requests: 10_000 } });
}

const retryPromise = /next poll|tries again/;

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
