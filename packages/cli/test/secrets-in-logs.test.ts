import { randomBytes } from 'node:crypto';
import { join, relative } from 'node:path';

import type { Notification } from '@atlassify/engine';
import { DEMO_ACCOUNT_ID } from '@atlassify/simulator';
import { describe, it } from 'vitest';

import type { CommandResult } from '../../../test/e2e/harness/processes.ts';
import type { SessionEnv } from '../../../test/e2e/harness/session-bus.ts';
import { parseJsonOutput, runCli } from './support/cli.ts';
import { openLaunchUrl, useStartedEngine, waitForLoadedFeeds } from './support/engine-server.ts';
import { keyringValue } from './support/keyring.ts';
import {
  readAllFiles,
  useHomeWithKeyring,
  useOAuthSimulator,
  writeBrowserScript,
} from './support/setup.ts';

/** A named secret. Only its name may appear in test output. */
interface Secret {
  name: string;
  value: string;
}

function randomSecret(prefix: string): string {
  return `${prefix}-${randomBytes(18).toString('base64url')}`;
}

/** Reads the OAuth access and refresh tokens of `accountId` out of the keyring. */
async function oauthTokens(env: SessionEnv, accountId: string, stage: string): Promise<Secret[]> {
  const accessEntry = await keyringValue(env, `oauth-access-token:${accountId}`);
  const refreshToken = await keyringValue(env, `oauth-refresh-token:${accountId}`);
  const accessToken =
    accessEntry === '' ? '' : (JSON.parse(accessEntry) as { accessToken: string }).accessToken;
  return [
    { name: `access token (${stage})`, value: accessToken },
    { name: `refresh token (${stage})`, value: refreshToken },
  ];
}

/** Lists `where: secret name` for each secret found in a text, never the value. */
function findLeaks(where: string, text: string, secrets: Secret[]): string[] {
  return secrets
    .filter((secret) => text.includes(secret.value))
    .map((secret) => `${where}: ${secret.name}`);
}

describe('secrets in logs', () => {
  it('no secret outside the keyring', async ({ expect, onTestFinished }) => {
    const apiToken = randomSecret('api-token');
    const clientSecret = randomSecret('client-secret');
    const { simulator, callbackUrl } = await useOAuthSimulator(onTestFinished, {
      apiToken,
      clientSecret,
    });
    const oauthUser = simulator.control.addUser({
      email: 'olive@atlassify.test',
      apiToken: randomSecret('olive-api-token'),
      name: 'Olive Oauth',
    });
    simulator.control.signInAs(oauthUser.email);

    const { home, session } = await useHomeWithKeyring('secrets', onTestFinished);
    const browser = await writeBrowserScript(home);
    const env: NodeJS.ProcessEnv = {
      ...session.env,
      ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
      ATLASSIFY_CREDENTIAL_STORE: undefined,
      ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
      ATLASSIFY_OAUTH_CLIENT_SECRET: clientSecret,
      ATLASSIFY_LOG_LEVEL: 'debug',
      BROWSER: browser.path,
    };
    const outputs: { what: string; result: Pick<CommandResult, 'stdout' | 'stderr'> }[] = [];
    const run = async (args: string[], input?: string): Promise<CommandResult> => {
      const result = await runCli(args, { env, ...(input === undefined ? {} : { input }) });
      outputs.push({ what: `atlassify ${args.join(' ')}`, result });
      const stderr = result.stderr
        .replaceAll(apiToken, '<API token>')
        .replaceAll(clientSecret, '<client secret>');
      expect(result.code, `atlassify ${args.join(' ')}: ${stderr}`).toBe(0);
      return result;
    };

    await run(['login', '--api-token', '--email', simulator.options.userEmail], apiToken);
    await run(['login', '--oauth', '--client-id', simulator.options.clientId]);
    const tokens = await oauthTokens(session.env, oauthUser.accountId, 'sign-in');

    simulator.control.expireAccessTokens();
    const feed = parseJsonOutput<Notification[]>(await run(['notifications', '--json']));
    tokens.push(...(await oauthTokens(session.env, oauthUser.accountId, 'one-shot refresh')));
    await run(['notifications', '--all']);
    const target = feed.find((item) => item.accountId === DEMO_ACCOUNT_ID && item.groupSize === 1);
    await run(['read', target?.id ?? 'no-unread-item']);
    await run(['unread', target?.id ?? 'no-unread-item']);

    simulator.control.expireAccessTokens();
    const engine = await useStartedEngine(onTestFinished, ['start', '--no-open', '--port', '0'], {
      env,
    });
    const launch = await openLaunchUrl(engine.launchUrl);
    const snapshot = await waitForLoadedFeeds(engine.origin, launch.cookie);
    expect(snapshot.feeds.map((item) => item.status)).toEqual(['ok', 'ok']);
    await engine.process.stop();
    outputs.push({
      what: 'atlassify start',
      result: { stdout: engine.process.output(), stderr: '' },
    });
    tokens.push(...(await oauthTokens(session.env, oauthUser.accountId, 'start refresh')));

    const secrets: Secret[] = [
      { name: 'API token', value: apiToken },
      { name: 'OAuth client secret', value: clientSecret },
      ...tokens,
    ];
    expect(
      secrets.filter((secret) => secret.value.length < 16).map((secret) => secret.name),
    ).toEqual([]);
    // Each expiry made the engine refresh, and refresh tokens rotate on every use.
    expect(new Set(tokens.map((token) => token.value)).size).toBe(tokens.length);

    const files = await readAllFiles(home.root);
    const keyringFolder = join(home.env.XDG_DATA_HOME, 'keyrings');
    const scanned = files.filter((file) => !file.path.startsWith(keyringFolder));
    const engineLog = join(home.env.ATLASSIFY_HOME, 'logs', 'engine.log');
    expect(scanned.map((file) => file.path)).toContain(engineLog);
    expect(scanned.map((file) => file.path)).not.toContain(
      join(home.env.ATLASSIFY_HOME, 'credentials.json'),
    );

    const leaks = [
      ...outputs.flatMap(({ what, result }) =>
        findLeaks(what, `${result.stdout}\n${result.stderr}`, secrets),
      ),
      ...scanned.flatMap((file) => findLeaks(relative(home.root, file.path), file.text, secrets)),
    ];
    expect(leaks).toEqual([]);
  });
});
