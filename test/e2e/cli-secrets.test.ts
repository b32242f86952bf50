import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Notification, Snapshot } from '@atlassify/engine';
import { DEMO_ACCOUNT_ID, type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { describe, expect, it, onTestFinished } from 'vitest';

import { makeTestHome, type TestHome } from './harness/dirs.ts';
import { freePort } from './harness/ports.ts';
import { type CommandResult, runCommand, spawnAndWaitForLine } from './harness/processes.ts';
import { type SessionEnv, startSessionWithKeyring } from './harness/session-bus.ts';

const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliBin = join(repositoryRoot, 'packages/cli/bin/atlassify.js');
// tsx compiles the sources on start, which takes a few seconds on a busy machine.
const commandTimeoutMs = 30_000;

/** A named secret. Only its name may appear in test output. */
interface Secret {
  name: string;
  value: string;
}

function randomSecret(prefix: string): string {
  return `${prefix}-${randomBytes(18).toString('base64url')}`;
}

/** Starts a simulator whose consent page approves at once, on a callback port of its own. */
async function startOAuthSimulator(
  options: { apiToken?: string; clientSecret?: string } = {},
): Promise<{ simulator: RunningSimulator; callbackUrl: string }> {
  const callbackUrl = `http://localhost:${await freePort()}/callback`;
  const simulator = await startSimulator({ port: 0, autoConsent: true, callbackUrl, ...options });
  onTestFinished(() => simulator.close());
  return { simulator, callbackUrl };
}

async function startHome(name: string): Promise<{ home: TestHome; env: SessionEnv }> {
  const home = await makeTestHome(name);
  const session = await startSessionWithKeyring({ home });
  onTestFinished(async () => {
    await session.stop();
    await home.remove();
  });
  return { home, env: session.env };
}

/** Writes a BROWSER stand-in that follows the authorize URL's redirects, as a browser would. */
async function writeBrowserScript(home: TestHome, follow: boolean): Promise<string> {
  const path = join(home.root, follow ? 'follow-url.sh' : 'ignore-url.sh');
  const body = follow
    ? 'exec curl --silent --show-error --location --max-time 20 --output /dev/null "$1"'
    : 'exit 0';
  await writeFile(path, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return path;
}

/** Removes every ATLASSIFY_ variable of the developer's shell, so the child gets only the test's. */
function childEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const cleared: NodeJS.ProcessEnv = { DISPLAY: undefined, WAYLAND_DISPLAY: undefined };
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('ATLASSIFY_')) {
      cleared[name] = undefined;
    }
  }
  return { ...cleared, ...env };
}

async function readTree(root: string): Promise<{ path: string; text: string }[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const files: { path: string; text: string }[] = [];
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const path = join(entry.parentPath, entry.name);
    files.push({ path, text: await readFile(path, 'latin1') });
  }
  return files;
}

/** Returns `where: what` for each secret, and each Basic or Bearer header value, in `text`. */
function findLeaks(where: string, text: string, secrets: Secret[]): string[] {
  const leaks = secrets
    .filter((secret) => text.includes(secret.value))
    .map((secret) => `${where}: ${secret.name}`);
  // An Authorization value: the scheme and at least 12 token characters after it.
  for (const match of text.matchAll(/\b(Basic|Bearer)\s+[A-Za-z0-9._~+/=-]{12,}/g)) {
    leaks.push(`${where}: a ${match[1]} credential`);
  }
  return leaks;
}

describe('atlassify login --oauth', () => {
  it('cancels on Ctrl-C and frees the port', async () => {
    const { simulator, callbackUrl } = await startOAuthSimulator();
    const { home, env } = await startHome('cli-cancel');
    const login = await spawnAndWaitForLine(
      process.execPath,
      [cliBin, 'login', '--oauth', '--client-id', simulator.options.clientId],
      {
        cwd: repositoryRoot,
        env: childEnv({
          ...env,
          ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
          ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
          ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
          BROWSER: await writeBrowserScript(home, false),
        }),
        pattern: /Ctrl-C cancels/,
        timeoutMs: commandTimeoutMs,
      },
    );
    onTestFinished(() => login.stop());
    const listening = await fetch(callbackUrl);
    await listening.body?.cancel();

    login.child.kill('SIGINT');
    const [code] = (await once(login.child, 'close')) as [number | null, NodeJS.Signals | null];

    expect(listening.status).toBe(400);
    expect(code).toBe(130);
    expect(login.output()).toContain('The sign-in was cancelled.');
    await expect(fetch(callbackUrl)).rejects.toThrow();
    expect(simulator.control.requests().filter((entry) => entry.path === '/oauth/token')).toEqual(
      [],
    );
  });
});

describe('secrets in logs and files', () => {
  it('finds no secret outside the keyring', async () => {
    const apiToken = randomSecret('api-token');
    const clientSecret = randomSecret('client-secret');
    const { simulator, callbackUrl } = await startOAuthSimulator({ apiToken, clientSecret });
    const olive = simulator.control.addUser({
      email: 'olive@atlassify.test',
      apiToken: randomSecret('olive-api-token'),
      name: 'Olive Oauth',
    });
    simulator.control.signInAs(olive.email);
    const { home, env: sessionEnv } = await startHome('cli-secrets');
    const env = childEnv({
      ...sessionEnv,
      ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
      ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
      ATLASSIFY_OAUTH_CLIENT_SECRET: clientSecret,
      ATLASSIFY_LOG_LEVEL: 'debug',
      BROWSER: await writeBrowserScript(home, true),
    });

    const outputs: { what: string; text: string }[] = [];
    const cli = async (args: string[], input?: string): Promise<CommandResult> => {
      const result = await runCommand(process.execPath, [cliBin, ...args], {
        cwd: repositoryRoot,
        env,
        timeoutMs: commandTimeoutMs,
        ...(input === undefined ? {} : { input }),
      });
      outputs.push({ what: `atlassify ${args[0]}`, text: `${result.stdout}\n${result.stderr}` });
      const stderr = result.stderr
        .replaceAll(apiToken, '<API token>')
        .replaceAll(clientSecret, '<client secret>');
      expect(result.code, `atlassify ${args.join(' ')}: ${stderr}`).toBe(0);
      return result;
    };
    const tokens: Secret[] = [];
    const readTokens = async (stage: string) => {
      for (const [name, entry] of [
        ['access token', `oauth-access-token:${olive.accountId}`],
        ['refresh token', `oauth-refresh-token:${olive.accountId}`],
      ] as const) {
        const lookup = await runCommand(
          'secret-tool',
          ['lookup', 'service', 'atlassify', 'username', entry],
          { env: sessionEnv },
        );
        const value = lookup.stdout.replace(/\n$/, '');
        tokens.push({
          name: `${name} (${stage})`,
          value:
            name === 'access token'
              ? (JSON.parse(value) as { accessToken: string }).accessToken
              : value,
        });
      }
    };

    await cli(['login', '--api-token', '--email', simulator.options.userEmail], apiToken);
    await cli(['login', '--oauth', '--client-id', simulator.options.clientId]);
    await readTokens('sign-in');

    // The simulator now rejects the stored access token with 401, so the next command refreshes it.
    simulator.control.expireAccessTokens();
    const listed = await cli(['notifications', '--json']);
    await readTokens('refresh');
    const feed = JSON.parse(listed.stdout) as Notification[];
    const demoItem = feed.find((item) => item.accountId === DEMO_ACCOUNT_ID);
    await cli(['read', demoItem?.id ?? 'missing-item']);

    simulator.control.expireAccessTokens();
    const engine = await spawnAndWaitForLine(
      process.execPath,
      [cliBin, 'start', '--no-open', '--port', '0'],
      {
        cwd: repositoryRoot,
        env,
        pattern: /Atlassify is running at (http:\/\/127\.0\.0\.1:\d+\/\?launch=\S+)/,
        timeoutMs: commandTimeoutMs,
      },
    );
    onTestFinished(() => engine.stop());
    const launchUrl = new URL(engine.match[1] ?? '');
    const launch = await fetch(launchUrl, { redirect: 'manual' });
    await launch.body?.cancel();
    const cookie = (launch.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const snapshot = async () =>
      (await (
        await fetch(`${launchUrl.origin}/api/snapshot`, { headers: { cookie } })
      ).json()) as Snapshot;
    await expect
      .poll(async () => (await snapshot()).feeds.map((item) => item.status), { timeout: 20_000 })
      .toEqual(['ok', 'ok']);
    // Only the API-token account has notifications in the simulator.
    const unreadItem = (await snapshot()).feeds
      .find((item) => item.accountId === DEMO_ACCOUNT_ID)
      ?.notifications.find((item) => item.readState === 'unread' && item.id !== demoItem?.id);
    const marked = await fetch(`${launchUrl.origin}/api/notifications/read`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', origin: launchUrl.origin },
      body: JSON.stringify({ ids: [unreadItem?.id ?? 'missing-item'] }),
    });
    await engine.stop();
    outputs.push({ what: 'atlassify start', text: engine.output() });
    await readTokens('start refresh');

    const codes = simulator.control.authorizationCodes();
    const secrets: Secret[] = [
      { name: 'API token', value: apiToken },
      { name: 'OAuth client secret', value: clientSecret },
      ...codes.map((value, index) => ({ name: `authorization code ${index + 1}`, value })),
      ...tokens,
    ];
    const files = (await readTree(home.root)).filter(
      (file) =>
        !file.path.startsWith(join(home.env.XDG_DATA_HOME, 'keyrings')) &&
        file.path !== join(home.env.ATLASSIFY_HOME, 'credentials.json'),
    );
    const leaks = [
      ...outputs.flatMap(({ what, text }) => findLeaks(what, text, secrets)),
      ...files.flatMap((file) => findLeaks(relative(home.root, file.path), file.text, secrets)),
    ];

    expect(marked.status).toBe(204);
    expect(codes).toHaveLength(1);
    // Each expiry made a refresh, and refresh tokens rotate on every use.
    expect(new Set(tokens.map((token) => token.value)).size).toBe(tokens.length);
    expect(secrets.every((secret) => secret.value.length >= 16)).toBe(true);
    expect(files.map((file) => relative(home.root, file.path))).toContain(
      'atlassify/logs/engine.log',
    );
    expect(
      simulator.control.requests().filter((entry) => entry.path === '/oauth/token').length,
    ).toBeGreaterThanOrEqual(3);
    expect(leaks).toEqual([]);
  });
});
