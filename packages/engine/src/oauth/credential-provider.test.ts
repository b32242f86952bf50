import { mkdtemp } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { type AccountRecord, AccountRepository, signInWithApiToken } from '../accounts/index.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { KeychainSecretStore, readTokenSet } from '../credentials/index.ts';
import { OAuthCredentialProvider } from './credential-provider.ts';
import type { OAuthContext } from './oauth-context.ts';
import { startOAuthSignIn } from './oauth-sign-in.ts';

const minute = 60_000;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Follows the auto-consent redirect to the callback listener, as a browser would. */
async function browse(authorizeUrl: string): Promise<void> {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  await (await fetch(consent.headers.get('location') ?? '')).text();
}

describe('OAuthCredentialProvider', () => {
  let keyring: KeyringSession;
  let simulator: RunningSimulator;
  let callbackUrl: string;
  let context: OAuthContext;
  let clock: number;

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
    simulator.control.reset();
    const home = await mkdtemp(join(tmpdir(), 'atlassify-provider-'));
    clock = Date.now();
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
      now: () => clock,
    };
  });

  async function signIn(): Promise<AccountRecord> {
    const flow = await startOAuthSignIn({ callbackUrl, openBrowser: browse }, context);
    const account = await flow.result;
    simulator.control.clearRequests();
    return account;
  }

  function refreshRequests() {
    return simulator.control.requests().filter((entry) => entry.path === '/oauth/token');
  }

  it('returns a fresh token as is', async () => {
    const account = await signIn();
    const stored = await readTokenSet(context.secrets, account.id);

    const credential = await new OAuthCredentialProvider(context).getCredential(account.id);

    expect(credential).toMatchObject({
      kind: 'bearer',
      authorization: `Bearer ${stored?.accessToken}`,
    });
    expect(credential.graphqlUrl).toBe(`${simulator.url}/graphql`);
    expect(refreshRequests()).toEqual([]);
  });

  it('refreshes within 5 minutes of expiry', async () => {
    const account = await signIn();
    const before = await readTokenSet(context.secrets, account.id);
    clock += 56 * minute;

    const credential = await new OAuthCredentialProvider(context).getCredential(account.id);
    const after = await readTokenSet(context.secrets, account.id);

    expect(refreshRequests()).toEqual([expect.objectContaining({ status: 200 })]);
    expect(credential.authorization).toBe(`Bearer ${after?.accessToken}`);
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(after?.expiresAt).toBe(clock + 3600_000);
  });

  it('stores the rotated refresh token', async () => {
    const account = await signIn();
    const before = await readTokenSet(context.secrets, account.id);
    clock += 2 * 60 * minute;
    await new OAuthCredentialProvider(context).getCredential(account.id);
    const afterFirst = await readTokenSet(context.secrets, account.id);

    clock += 2 * 60 * minute;
    await new OAuthCredentialProvider(context).getCredential(account.id);
    const afterSecond = await readTokenSet(context.secrets, account.id);

    expect(afterFirst?.refreshToken).not.toBe(before?.refreshToken);
    // A replay of the first refresh token would return the current one unchanged.
    expect(afterSecond?.refreshToken).not.toBe(afterFirst?.refreshToken);
    expect(refreshRequests().map((entry) => entry.status)).toEqual([200, 200]);
  });

  it('refreshes once for concurrent callers', async () => {
    const account = await signIn();
    clock += 2 * 60 * minute;
    const provider = new OAuthCredentialProvider(context);

    const credentials = await Promise.all([
      provider.getCredential(account.id),
      provider.getCredential(account.id),
    ]);

    expect(refreshRequests()).toHaveLength(1);
    expect(credentials[0]?.authorization).toBe(credentials[1]?.authorization);
  });

  it('refreshes once across providers', async () => {
    const account = await signIn();
    clock += 2 * 60 * minute;
    // Two providers with their own in-memory state stand for two processes sharing the lock file.
    const providers = [new OAuthCredentialProvider(context), new OAuthCredentialProvider(context)];

    const credentials = await Promise.all(
      providers.map((provider) => provider.getCredential(account.id)),
    );

    expect(refreshRequests()).toHaveLength(1);
    expect(credentials[0]?.authorization).toBe(credentials[1]?.authorization);
  });

  it('refreshes after a 401', async () => {
    const account = await signIn();
    const provider = new OAuthCredentialProvider(context);
    const rejected = await provider.getCredential(account.id);
    simulator.control.expireAccessTokens();

    const fresh = await provider.refreshAfterUnauthorized(account.id, rejected);
    const response = await fetch(fresh.graphqlUrl, {
      method: 'POST',
      headers: { authorization: fresh.authorization, 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'query { notifications { unseenNotificationCount } }' }),
    });

    expect(fresh.authorization).not.toBe(rejected.authorization);
    expect(response.status).toBe(200);
  });

  it('skips a refresh already done', async () => {
    const account = await signIn();
    const provider = new OAuthCredentialProvider(context);
    const old = await provider.getCredential(account.id);
    const fresh = await provider.refreshAfterUnauthorized(account.id, old);

    const again = await provider.refreshAfterUnauthorized(account.id, old);

    expect(again.authorization).toBe(fresh.authorization);
    expect(refreshRequests()).toHaveLength(1);
  });

  it('requires sign-in after invalid_grant', async () => {
    const account = await signIn();
    simulator.control.revokeRefreshTokens();
    clock += 2 * 60 * minute;
    const provider = new OAuthCredentialProvider(context);

    const error = await provider.getCredential(account.id).catch((caught: unknown) => caught);
    const again = await provider.getCredential(account.id).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'SIGN_IN_REQUIRED', details: { accountId: account.id } });
    expect(again).toMatchObject({ code: 'SIGN_IN_REQUIRED' });
    expect(refreshRequests()).toHaveLength(1);
    expect((await context.accounts.get(account.id))?.status).toBe('sign-in-required');
    expect(await readTokenSet(context.secrets, account.id)).toBeNull();
  });

  it('works again after a new sign-in', async () => {
    const account = await signIn();
    await context.accounts.update(account.id, { status: 'sign-in-required' });

    await signIn();
    const credential = await new OAuthCredentialProvider(context).getCredential(account.id);

    expect(credential.kind).toBe('bearer');
  });

  it('keeps secrets out of errors', async () => {
    const account = await signIn();
    const stored = await readTokenSet(context.secrets, account.id);
    simulator.control.revokeRefreshTokens();
    clock += 2 * 60 * minute;

    const error = await new OAuthCredentialProvider(context)
      .getCredential(account.id)
      .catch((caught: unknown) => caught);
    const text = `${JSON.stringify(error)} ${(error as Error).message} ${(error as Error).stack}`;

    expect(text).not.toContain(stored?.refreshToken ?? 'missing');
    expect(text).not.toContain(stored?.accessToken ?? 'missing');
    expect(text).not.toContain(simulator.options.clientSecret);
  });

  it('hands out Basic for API tokens', async () => {
    const account = await signInWithApiToken(
      { email: simulator.options.userEmail, token: simulator.options.apiToken },
      context,
    );

    const credential = await new OAuthCredentialProvider(context).getCredential(account.id);

    expect(credential.kind).toBe('basic');
    expect(credential.graphqlUrl).toBe(`${simulator.url}/gateway/api/graphql`);
  });

  it('requires sign-in for a rejected API token', async () => {
    const account = await signInWithApiToken(
      { email: simulator.options.userEmail, token: simulator.options.apiToken },
      context,
    );
    const provider = new OAuthCredentialProvider(context);
    const credential = await provider.getCredential(account.id);

    const error = await provider
      .refreshAfterUnauthorized(account.id, credential)
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'SIGN_IN_REQUIRED' });
    expect((error as { hint: string }).hint).toContain('expire within a year');
    expect((await context.accounts.get(account.id))?.status).toBe('sign-in-required');
  });
});
