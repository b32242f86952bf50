import { execFile } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { DEMO_ACCOUNT_ID, type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { followConsent, freeCallbackUrl, signInWithOAuth } from '../../test/oauth/sign-in.ts';
import { AccountRepository, signOut } from '../accounts/index.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import {
  KeychainSecretStore,
  readTokenSet,
  type SecretStore,
  secretNames,
} from '../credentials/index.ts';
import { createEngine } from '../engine/create-engine.ts';
import { createLogger } from '../log/logger.ts';
import { fetchNotifications } from '../notifications/fetch-notifications.ts';
import { OAuthCredentialProvider } from './credential-provider.ts';
import type { OAuthContext } from './oauth-context.ts';

const run = promisify(execFile);
const hour = 3600_000;

/**
 * A keychain store whose writes of one entry kind fail, as a keychain that stops working in the
 * middle of a sign-in does. Every other call goes to the real store.
 */
class FailingWrites implements SecretStore {
  readonly kind = 'keychain';

  constructor(
    private readonly store: SecretStore,
    private readonly failingPrefix: string,
  ) {}

  get(name: string): Promise<string | null> {
    return this.store.get(name);
  }

  async set(name: string, value: string): Promise<void> {
    if (name.startsWith(this.failingPrefix)) {
      throw new Error(`test keychain refuses to write ${name}`);
    }
    await this.store.set(name, value);
  }

  delete(name: string): Promise<boolean> {
    return this.store.delete(name);
  }
}

/** Returns the length of every secret the keyring holds for `service`. */
async function storedSecretLengths(service: string, env: NodeJS.ProcessEnv): Promise<number[]> {
  const { stdout } = await run('secret-tool', ['search', '--all', 'service', service], {
    env: { ...process.env, ...env },
    maxBuffer: 1024 * 1024,
  });
  return [...stdout.matchAll(/^secret = (.*)$/gm)].map((match) => (match[1] ?? '').length);
}

// libdbus keeps the first session bus of a process, so every test here shares one keyring.
let keyring: KeyringSession;

beforeAll(async () => {
  keyring = await startKeyringSession('unlocked');
});

afterAll(async () => {
  await keyring?.stop();
});

describe('OAuth token lifecycle', () => {
  let simulator: RunningSimulator;
  let callbackUrl: string;
  let clock: number;
  let home: string;
  let service: string;
  let context: OAuthContext;

  beforeAll(async () => {
    callbackUrl = await freeCallbackUrl();
    clock = Date.parse('2026-03-02T09:00:00.000Z');
    simulator = await startSimulator({
      port: 0,
      autoConsent: true,
      callbackUrl,
      now: () => new Date(clock),
    });
  });

  afterAll(async () => {
    await simulator?.close();
  });

  beforeEach(async () => {
    simulator.control.reset();
    home = await mkdtemp(join(tmpdir(), 'atlassify-lifecycle-'));
    service = `atlassify-test-${home.slice(-6)}`;
    context = {
      endpoints: endpointsForBaseUrl(simulator.url),
      accounts: AccountRepository.forStateHome(home),
      secrets: new KeychainSecretStore({ service }),
      stateHome: home,
      env: {
        ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
        ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
      },
      distributionConfigPath: join(home, 'distribution.json'),
      now: () => clock,
    };
  });

  afterEach(() => {
    simulator.control.setHoldRefreshResponses(false);
  });

  function poll(provider: OAuthCredentialProvider, accountId: string) {
    return fetchNotifications({ provider, accountId, unreadOnly: true, groupByTitle: true });
  }

  function requestSummary(): string[] {
    return simulator.control
      .requests()
      .map((entry) => [entry.path, entry.operationName, entry.status].filter(Boolean).join(' '));
  }

  async function signIn() {
    const account = await signInWithOAuth(context, callbackUrl);
    simulator.control.clearRequests();
    return account;
  }

  it('refreshes first after a clock jump', async () => {
    const account = await signIn();
    const provider = new OAuthCredentialProvider(context);
    await poll(provider, account.id);
    simulator.control.clearRequests();

    // A machine that slept for two hours: the wall clock moved on, no timer fired.
    clock += 2 * hour;
    const feed = await poll(provider, account.id);

    expect(requestSummary()).toEqual(['/oauth/token 200', '/graphql MyNotifications 200']);
    expect(feed.notifications.length).toBeGreaterThan(0);
    expect((await context.accounts.get(account.id))?.status).toBe('ok');
  });

  it('sends only the rotated refresh token', async () => {
    const account = await signIn();
    const signedIn = await readTokenSet(context.secrets, account.id);

    clock += 2 * hour;
    await poll(new OAuthCredentialProvider(context), account.id);
    const afterFirst = await readTokenSet(context.secrets, account.id);

    // A restart: new store, repository and provider, with nothing kept in memory.
    const restarted: OAuthContext = {
      ...context,
      accounts: AccountRepository.forStateHome(home),
      secrets: new KeychainSecretStore({ service }),
    };
    clock += 2 * hour;
    await poll(new OAuthCredentialProvider(restarted), account.id);
    const afterSecond = await readTokenSet(context.secrets, account.id);

    // Beyond the 10-minute leeway a replay of an earlier refresh token would get invalid_grant.
    expect(requestSummary()).toEqual([
      '/oauth/token 200',
      '/graphql MyNotifications 200',
      '/oauth/token 200',
      '/graphql MyNotifications 200',
    ]);
    expect(afterFirst?.refreshToken).not.toBe(signedIn?.refreshToken);
    expect(afterSecond?.refreshToken).not.toBe(afterFirst?.refreshToken);
  });

  it('keeps the refresh token a response omits', async () => {
    const account = await signIn();
    const before = await readTokenSet(context.secrets, account.id);
    simulator.control.setOmitRefreshTokenOnRefresh(true);

    clock += 2 * hour;
    const credential = await new OAuthCredentialProvider(context).getCredential(account.id);
    const after = await readTokenSet(context.secrets, account.id);

    expect(after?.refreshToken).toBe(before?.refreshToken);
    expect(after?.accessToken).not.toBe(before?.accessToken);
    expect(credential.authorization).toBe(`Bearer ${after?.accessToken}`);

    simulator.control.setOmitRefreshTokenOnRefresh(false);
    clock += 2 * hour;
    await new OAuthCredentialProvider(context).getCredential(account.id);
    expect(requestSummary()).toEqual(['/oauth/token 200', '/oauth/token 200']);
  });

  it('keeps a newer pair after invalid_grant', async () => {
    const account = await signIn();
    simulator.control.revokeRefreshTokens();
    simulator.control.setHoldRefreshResponses(true);
    clock += 2 * hour;

    // The refresh sends a revoked token; its invalid_grant waits while the user signs in again.
    const refreshing = new OAuthCredentialProvider(context).getCredential(account.id);
    await expect.poll(() => simulator.control.heldRefreshResponses()).toBe(1);
    await signInWithOAuth(context, callbackUrl);
    const newer = await readTokenSet(context.secrets, account.id);
    simulator.control.setHoldRefreshResponses(false);
    const credential = await refreshing;

    expect(credential.authorization).toBe(`Bearer ${newer?.accessToken}`);
    expect(await readTokenSet(context.secrets, account.id)).toEqual(newer);
    expect((await context.accounts.get(account.id))?.status).toBe('ok');
    expect(requestSummary()).toContain('/oauth/token 403');
  });

  it('leaves no tokens when the sign-in fails', async () => {
    const failing = { ...context, secrets: new FailingWrites(context.secrets, 'oauth-access') };

    const error = await signInWithOAuth(failing, callbackUrl).catch((caught: unknown) => caught);

    expect((error as Error).message).toContain('test keychain refuses');
    expect(await context.accounts.list()).toEqual([]);
    expect(await readTokenSet(context.secrets, DEMO_ACCOUNT_ID)).toBeNull();
    expect(await storedSecretLengths(service, keyring.env)).toEqual([]);
  });

  it('keeps the earlier tokens when signing in again fails', async () => {
    const account = await signIn();
    const before = await readTokenSet(context.secrets, account.id);
    const failing = { ...context, secrets: new FailingWrites(context.secrets, 'oauth-access') };

    await expect(signInWithOAuth(failing, callbackUrl)).rejects.toThrow('test keychain refuses');

    expect(await readTokenSet(context.secrets, account.id)).toEqual(before);
    expect(await context.accounts.get(account.id)).toMatchObject({
      authMethod: 'oauth',
      status: 'ok',
    });
  });

  it('signs out and deletes both tokens', async () => {
    const account = await signIn();

    await signOut(account.id, context);

    expect(await context.accounts.list()).toEqual([]);
    expect(await readTokenSet(context.secrets, account.id)).toBeNull();
    // Only the client secret of the environment's client stays; it belongs to no account.
    expect(await storedSecretLengths(service, keyring.env)).toHaveLength(1);
    expect(
      await context.secrets.get(secretNames.oauthClientSecret(simulator.options.clientId)),
    ).toBe(simulator.options.clientSecret);
  });

  it('stores long tokens under the entry limit', async () => {
    const longCallbackUrl = await freeCallbackUrl();
    const longTokens = await startSimulator({
      port: 0,
      autoConsent: true,
      callbackUrl: longCallbackUrl,
      accessTokenLength: 2400,
      refreshTokenLength: 900,
      now: () => new Date(clock),
    });
    try {
      // Windows Credential Manager stores at most 1280 UTF-16 code units per entry.
      const windowsLike: OAuthContext = {
        ...context,
        endpoints: endpointsForBaseUrl(longTokens.url),
        secrets: new KeychainSecretStore({ service, maxEntryLength: 1200 }),
      };
      const account = await signInWithOAuth(windowsLike, longCallbackUrl);
      const stored = await readTokenSet(windowsLike.secrets, account.id);

      // A restart reads the tokens back through a new store and polls with them.
      const restarted = {
        ...windowsLike,
        secrets: new KeychainSecretStore({ service, maxEntryLength: 1200 }),
      };
      const readBack = await readTokenSet(restarted.secrets, account.id);
      const feed = await poll(new OAuthCredentialProvider(restarted), account.id);
      clock += 2 * hour;
      await poll(new OAuthCredentialProvider(restarted), account.id);
      const refreshed = await readTokenSet(restarted.secrets, account.id);

      expect(stored?.accessToken).toHaveLength(2400);
      expect(stored?.refreshToken).toHaveLength(900);
      expect(readBack).toEqual(stored);
      expect(feed.notifications.length).toBeGreaterThan(0);
      expect(refreshed?.refreshToken).toHaveLength(900);
      expect(refreshed?.refreshToken).not.toBe(stored?.refreshToken);
      expect(Math.max(...(await storedSecretLengths(service, keyring.env)))).toBeLessThanOrEqual(
        1200,
      );
      expect(longTokens.control.requests().filter((entry) => entry.status >= 400)).toEqual([]);
    } finally {
      await longTokens.close();
    }
  });
});

describe('notifications refused with OAuth', () => {
  let simulator: RunningSimulator;
  let callbackUrl: string;

  beforeAll(async () => {
    callbackUrl = await freeCallbackUrl();
    simulator = await startSimulator({ port: 0, autoConsent: true, callbackUrl });
  });

  afterAll(async () => {
    await simulator?.close();
  });

  it('follows the feed and keeps the account for an API token', async () => {
    const home = await mkdtemp(join(tmpdir(), 'atlassify-refused-'));
    const secrets = new KeychainSecretStore({ service: `atlassify-test-${home.slice(-6)}` });
    const accounts = AccountRepository.forStateHome(home);
    const engine = await createEngine({
      home,
      endpoints: endpointsForBaseUrl(simulator.url),
      secrets,
      logger: createLogger({ level: 'silent' }),
      env: {
        ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
        ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
        ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
      },
      openUrl: async (url) => {
        await followConsent(url);
      },
    });
    const statusOf = () => engine.snapshot().accounts[0]?.status;
    const feedError = () => engine.snapshot().feeds[0]?.error?.code ?? null;

    try {
      simulator.control.setRefuseOAuthNotifications(true);
      const signedIn = await (await engine.beginOAuthSignIn({ openBrowser: true })).result;
      const created = await accounts.require(signedIn.id);
      expect(signedIn.status).toBe('notifications-unavailable');

      await engine.refresh();
      expect(feedError()).toBe('NOTIFICATIONS_UNAVAILABLE_WITH_OAUTH');
      expect(statusOf()).toBe('notifications-unavailable');

      simulator.control.setRefuseOAuthNotifications(false);
      await engine.refresh();
      await expect.poll(statusOf).toBe('ok');

      // A later refusal on a poll marks the account again.
      simulator.control.setRefuseOAuthNotifications(true);
      await engine.refresh();
      await expect.poll(statusOf).toBe('notifications-unavailable');

      const switched = await engine.signInWithApiToken({
        email: simulator.options.userEmail,
        token: simulator.options.apiToken,
      });
      await engine.refresh();
      const record = await accounts.require(signedIn.id);

      expect(switched).toMatchObject({ id: signedIn.id, authMethod: 'api-token', status: 'ok' });
      expect(record.createdAt).toBe(created.createdAt);
      expect(engine.snapshot().accounts).toHaveLength(1);
      expect(engine.snapshot().feeds[0]?.status).toBe('ok');
      expect(await readTokenSet(secrets, signedIn.id)).toBeNull();
    } finally {
      await engine.stop();
    }
  });
});
