import { mkdtemp, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { AccountRepository } from '../accounts/index.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { KeychainSecretStore, readTokenSet } from '../credentials/index.ts';
import type { OAuthContext } from './oauth-context.ts';
import { type OAuthSignIn, type OAuthSignInOptions, startOAuthSignIn } from './oauth-sign-in.ts';

interface PageSeen {
  status: number;
  text: string;
}

/** Plays the browser: loads the authorize URL, submits the consent form and follows the redirect. */
async function browse(
  authorizeUrl: string,
  decision: 'allow' | 'deny' = 'allow',
): Promise<PageSeen> {
  let response = await fetch(authorizeUrl, { redirect: 'manual' });
  if (response.status === 200) {
    const requestId = /name="request_id" value="([^"]+)"/.exec(await response.text())?.[1] ?? '';
    response = await fetch(new URL('/authorize/decision', authorizeUrl), {
      method: 'POST',
      body: new URLSearchParams({ request_id: requestId, decision }),
      redirect: 'manual',
    });
  }
  const callback = await fetch(response.headers.get('location') ?? '');
  return { status: callback.status, text: await callback.text() };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function listenOn(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port, host, ipv6Only: host === '::1' }, resolve);
  });
}

/**
 * Lists the local addresses that listen on `port`, read from the kernel's socket tables, so no
 * traffic to any address is needed. Addresses are as /proc spells them: 0100007F is 127.0.0.1.
 */
async function listeningAddresses(port: number): Promise<string[]> {
  const portHex = port.toString(16).toUpperCase().padStart(4, '0');
  const addresses: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const [, local = '', , state] = line.trim().split(/\s+/);
      const [address, localPort] = local.split(':');
      // State 0A is LISTEN.
      if (localPort === portHex && state === '0A' && address) {
        addresses.push(address);
      }
    }
  }
  return addresses.sort();
}

describe('startOAuthSignIn', () => {
  let keyring: KeyringSession;
  let simulator: RunningSimulator;
  let callbackUrl: string;
  let context: OAuthContext;
  let pages: Promise<PageSeen>[];
  let running: OAuthSignIn | null;

  beforeAll(async () => {
    keyring = await startKeyringSession('unlocked');
    callbackUrl = `http://localhost:${await freePort()}/callback`;
    simulator = await startSimulator({ port: 0, autoConsent: true, callbackUrl });
  });

  afterAll(async () => {
    await simulator?.close();
    await keyring?.stop();
  });

  beforeEach(async () => {
    const home = await mkdtemp(join(tmpdir(), 'atlassify-oauth-'));
    context = {
      endpoints: endpointsForBaseUrl(simulator.url),
      accounts: AccountRepository.forStateHome(home),
      secrets: new KeychainSecretStore({ service: `atlassify-test-${home.slice(-6)}` }),
      stateHome: home,
      env: {
        ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
        ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
      },
      distributionConfigPath: join(home, 'distribution.json'),
    };
    pages = [];
    running = null;
    simulator.control.reset();
  });

  afterEach(async () => {
    running?.cancel();
    await running?.result.catch(() => {});
  });

  async function start(options: Partial<OAuthSignInOptions> = {}): Promise<OAuthSignIn> {
    running = await startOAuthSignIn(
      {
        callbackUrl,
        openBrowser: async (url) => {
          pages.push(browse(url));
        },
        ...options,
      },
      context,
    );
    return running;
  }

  /** Starts a sign-in whose browser never comes back, and returns the state to forge callbacks with. */
  async function startWaiting(
    options: Partial<OAuthSignInOptions> = {},
  ): Promise<{ signIn: OAuthSignIn; state: string }> {
    const signIn = await start({ openBrowser: async () => {}, ...options });
    return { signIn, state: new URL(signIn.authorizeUrl).searchParams.get('state') ?? '' };
  }

  function tokenRequests() {
    return simulator.control.requests().filter((entry) => entry.path === '/oauth/token');
  }

  it('signs in end to end', async () => {
    const signIn = await start();

    const account = await signIn.result;

    expect(account).toMatchObject({
      email: simulator.options.userEmail,
      authMethod: 'oauth',
      status: 'ok',
      credentialStore: 'keychain',
      oauthClientId: simulator.options.clientId,
    });
    expect(account.scopes).toEqual(
      expect.arrayContaining(['read:me', 'read:jira-work', 'offline_access']),
    );
    expect(account.sites.length).toBeGreaterThan(0);
    expect(await context.accounts.list()).toHaveLength(1);
  });

  it('stores both tokens in the keychain', async () => {
    const account = await (await start()).result;

    const tokens = await readTokenSet(context.secrets, account.id);

    expect(tokens?.accessToken).toBeTruthy();
    expect(tokens?.refreshToken).toBeTruthy();
    expect(tokens?.expiresAt).toBeGreaterThan(Date.now() + 3500_000);
  });

  it('reports success only after saving', async () => {
    const account = await (await start()).result;

    const page = await pages[0];

    expect(page?.status).toBe(200);
    expect(page?.text).toContain('Signed in');
    expect(page?.text).toContain(account.email);
  });

  it('closes the listener after success', async () => {
    await (await start()).result;

    await expect(fetch(callbackUrl)).rejects.toThrow();
  });

  it('replaces tokens on a second sign-in', async () => {
    const first = await (await start()).result;
    const firstTokens = await readTokenSet(context.secrets, first.id);

    const second = await (await start()).result;
    const secondTokens = await readTokenSet(context.secrets, second.id);

    expect(second.id).toBe(first.id);
    expect(await context.accounts.list()).toHaveLength(1);
    expect(secondTokens?.refreshToken).not.toBe(firstTokens?.refreshToken);
  });

  it('marks refused notifications', async () => {
    simulator.control.setRefuseOAuthNotifications(true);

    const account = await (await start()).result;

    expect(account.status).toBe('notifications-unavailable');
  });

  it('listens before opening the browser', async () => {
    let statusSeenByBrowser = 0;

    await start({
      openBrowser: async () => {
        statusSeenByBrowser = (await fetch(callbackUrl)).status;
      },
    }).then((signIn) => signIn.browserOpened);

    // 400 is the listener's page for a callback without state; a closed port would throw.
    expect(statusSeenByBrowser).toBe(400);
  });

  it('binds only the loopback addresses', async () => {
    await startWaiting();

    const addresses = await listeningAddresses(Number(new URL(callbackUrl).port));

    // 127.0.0.1, and ::1 where the host has IPv6; never 0.0.0.0, :: or another interface.
    expect(addresses).toContain('0100007F');
    expect(
      addresses.filter(
        (address) => !['0100007F', '00000000000000000000000001000000'].includes(address),
      ),
    ).toEqual([]);
  });

  it('ignores stray requests', async () => {
    const { signIn, state } = await startWaiting();
    const origin = new URL(callbackUrl).origin;

    const strays = await Promise.all([
      fetch(`${origin}/favicon.ico`),
      fetch(`${origin}/`),
      fetch(callbackUrl),
      fetch(`${callbackUrl}?code=EVIL&state=wrong`),
      fetch(`${callbackUrl}?error=access_denied&state=wrong`),
      fetch(`${callbackUrl}?code=EVIL&state=${state}`, { method: 'POST' }),
    ]);
    const page = await browse(signIn.authorizeUrl);
    await signIn.result;

    expect(strays.map((response) => response.status)).toEqual([404, 404, 400, 400, 400, 405]);
    expect(page.status).toBe(200);
    expect(tokenRequests()).toHaveLength(1);
  });

  it('ends at once on access_denied', async () => {
    const denying = await startSimulator({
      port: 0,
      callbackUrl,
      clientId: 'client-2',
      clientSecret: 'secret-2',
    });
    context.endpoints = endpointsForBaseUrl(denying.url);
    context.env = {
      ATLASSIFY_OAUTH_CLIENT_ID: 'client-2',
      ATLASSIFY_OAUTH_CLIENT_SECRET: 'secret-2',
    };
    try {
      const signIn = await start({
        openBrowser: async (url) => void pages.push(browse(url, 'deny')),
      });

      const error = await signIn.result.catch((caught: unknown) => caught);
      const page = await pages[0];

      expect(error).toMatchObject({
        code: 'OAUTH_ACCESS_DENIED',
        message: expect.stringContaining('access was denied'),
      });
      expect(page?.text).toContain('access was denied');
      expect(page?.text).not.toContain('The user denied access');
      expect(denying.control.requests().filter((entry) => entry.path === '/oauth/token')).toEqual(
        [],
      );
      expect(await (await start({ openBrowser: async () => {} })).authorizeUrl).toContain('state=');
    } finally {
      await denying.close();
    }
  });

  it('reports a rejected client secret', async () => {
    context.env = {
      ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
      ATLASSIFY_OAUTH_CLIENT_SECRET: 'wrong-secret',
    };
    const signIn = await start();

    const error = await signIn.result.catch((caught: unknown) => caught);
    const page = await pages[0];

    expect(error).toMatchObject({
      code: 'OAUTH_FAILED',
      message: expect.stringContaining('client credentials'),
    });
    expect(JSON.stringify(error)).not.toContain('wrong-secret');
    expect(page?.status).toBe(400);
    expect(page?.text).toContain('Sign-in failed');
    expect(await context.accounts.list()).toEqual([]);
    await expect(fetch(callbackUrl)).rejects.toThrow();
  });

  it('words server_error differently', async () => {
    const { signIn, state } = await startWaiting();

    const response = await fetch(`${callbackUrl}?error=server_error&state=${state}`);

    await expect(signIn.result).rejects.toMatchObject({
      code: 'OAUTH_FAILED',
      details: { oauthError: 'server_error' },
    });
    expect(await response.text()).toContain('authorization server had an error');
  });

  it('escapes echoed values', async () => {
    const { signIn, state } = await startWaiting();
    const hostile = encodeURIComponent('<script>alert(1)</script>');

    const response = await fetch(
      `${callbackUrl}?error=${hostile}&error_description=${hostile}&state=${state}`,
    );
    const text = await response.text();

    await expect(signIn.result).rejects.toMatchObject({ code: 'OAUTH_FAILED' });
    expect(text).not.toContain('<script>');
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('times out and frees the port', async () => {
    const { signIn } = await startWaiting({ timeoutMs: 200 });

    await expect(signIn.result).rejects.toMatchObject({ code: 'OAUTH_TIMED_OUT' });
    await expect(fetch(callbackUrl)).rejects.toThrow();
  });

  it('cancels a waiting sign-in', async () => {
    const { signIn } = await startWaiting();

    signIn.cancel();

    await expect(signIn.result).rejects.toMatchObject({ code: 'OAUTH_CANCELLED' });
    await expect(fetch(callbackUrl)).rejects.toThrow();
  });

  it('cancels through an abort signal', async () => {
    const controller = new AbortController();
    const { signIn } = await startWaiting({ signal: controller.signal });

    controller.abort();

    await expect(signIn.result).rejects.toMatchObject({ code: 'OAUTH_CANCELLED' });
  });

  it('allows one sign-in at a time', async () => {
    await startWaiting();

    await expect(
      startOAuthSignIn({ callbackUrl, openBrowser: async () => {} }, context),
    ).rejects.toMatchObject({
      code: 'OAUTH_IN_PROGRESS',
    });
  });

  it('completes from a pasted redirect URL', async () => {
    let redirectUrl = '';
    const signIn = await start({
      openBrowser: async (url) => {
        redirectUrl = (await fetch(url, { redirect: 'manual' })).headers.get('location') ?? '';
      },
    });
    await signIn.browserOpened;

    const account = await signIn.completeWithRedirectUrl(` ${redirectUrl} `);

    expect(account.authMethod).toBe('oauth');
    await expect(signIn.result).resolves.toMatchObject({ id: account.id });
  });

  it('rejects a pasted URL of another sign-in', async () => {
    const { signIn } = await startWaiting();

    await expect(
      signIn.completeWithRedirectUrl(`${callbackUrl}?code=x&state=other`),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'redirectUrl' },
    });
  });

  it('reports a missing client id first', async () => {
    context.env = {};
    let opened = false;

    const error = await startOAuthSignIn(
      {
        callbackUrl,
        openBrowser: async () => {
          opened = true;
        },
      },
      context,
    ).catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      code: 'OAUTH_NOT_CONFIGURED',
      message: 'OAuth Client ID not configured',
    });
    expect(opened).toBe(false);
  });

  it('fails on a busy port before the browser opens', async () => {
    const port = Number(new URL(callbackUrl).port);
    const squatters = [createServer(), createServer()];
    let squatterRequests = 0;
    for (const server of squatters) {
      server.on('request', (_request, response) => {
        squatterRequests += 1;
        response.end('other app');
      });
    }
    await listenOn(squatters[0] as Server, port, '127.0.0.1');
    await listenOn(squatters[1] as Server, port, '::1').catch(() => {});
    let opened = false;

    const openBrowser = async () => {
      opened = true;
    };

    const error = await start({ openBrowser }).catch((caught: unknown) => caught);
    await Promise.all(squatters.map((server) => new Promise((resolve) => server.close(resolve))));
    const retry = await start();

    expect(error).toMatchObject({ code: 'CALLBACK_PORT_BUSY', details: { port } });
    expect((error as Error).message).toContain(`Port ${port} is in use`);
    expect((error as { hint: string }).hint).toContain('ATLASSIFY_OAUTH_CALLBACK_URL');
    expect(opened).toBe(false);
    expect(squatterRequests).toBe(0);
    await expect(retry.result).resolves.toMatchObject({ authMethod: 'oauth' });
  });
});
