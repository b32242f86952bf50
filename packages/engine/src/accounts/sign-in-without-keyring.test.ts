import { access, mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { freeCallbackUrl } from '../../test/oauth/sign-in.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { FileSecretStore, KeychainSecretStore, secretNames } from '../credentials/index.ts';
import { type OAuthContext, OAuthCredentialProvider } from '../oauth/index.ts';
import { startOAuthSignIn } from '../oauth/oauth-sign-in.ts';
import { AccountRepository } from './account-repository.ts';
import { signInWithApiToken } from './api-token-sign-in.ts';

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('sign-in without a Secret Service', () => {
  let session: KeyringSession;
  let simulator: RunningSimulator;
  let callbackUrl: string;
  let home: string;
  let context: OAuthContext;

  beforeAll(async () => {
    // A session bus on which nothing owns org.freedesktop.secrets.
    session = await startKeyringSession('none');
    callbackUrl = await freeCallbackUrl();
    simulator = await startSimulator({ port: 0, autoConsent: true, callbackUrl, seed: false });
  });

  afterAll(async () => {
    await simulator?.close();
    await session?.stop();
  });

  beforeEach(async () => {
    simulator.control.reset();
    home = await mkdtemp(join(tmpdir(), 'atlassify-no-keyring-'));
    context = {
      endpoints: endpointsForBaseUrl(simulator.url),
      accounts: AccountRepository.forStateHome(home),
      secrets: new KeychainSecretStore({ service: 'atlassify-test-no-keyring' }),
      stateHome: home,
      env: {
        ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
        ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
      },
      distributionConfigPath: join(home, 'distribution.json'),
    };
  });

  function expectKeyringError(error: unknown): void {
    expect(error).toMatchObject({ code: 'CREDENTIAL_STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain('no Secret Service provider');
    expect((error as { hint: string }).hint).toContain('Install gnome-keyring');
    expect((error as { hint: string }).hint).toContain('ATLASSIFY_CREDENTIAL_STORE=file');
  }

  it('fails an API-token sign-in with the cause', async () => {
    const error = await signInWithApiToken(
      { email: simulator.options.userEmail, token: simulator.options.apiToken },
      context,
    ).catch((caught: unknown) => caught);

    expectKeyringError(error);
    expect(JSON.stringify(error)).not.toContain(simulator.options.apiToken);
    expect(await context.accounts.list()).toEqual([]);
    expect(await exists(join(home, 'accounts.json'))).toBe(false);
    expect(await exists(join(home, 'credentials.json'))).toBe(false);
  });

  it('fails an OAuth sign-in before the browser opens', async () => {
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

    expectKeyringError(error);
    expect(opened).toBe(false);
    expect(simulator.control.requests()).toEqual([]);
    await expect(fetch(callbackUrl)).rejects.toThrow();
    expect(await exists(join(home, 'accounts.json'))).toBe(false);
  });

  it('keeps a saved account listed', async () => {
    for (const authMethod of ['api-token', 'oauth'] as const) {
      await context.accounts.upsert({
        id: `saved-${authMethod}`,
        email: 'saved@example.test',
        name: 'Saved',
        avatarUrl: null,
        authMethod,
        scopes: [],
        sites: [],
        status: 'ok',
        credentialStore: 'keychain',
        atlassianBaseUrl: context.endpoints.baseUrl,
      });
    }
    const provider = new OAuthCredentialProvider(context);

    const errors = await Promise.all(
      ['saved-api-token', 'saved-oauth'].map((id) =>
        provider.getCredential(id).catch((caught: unknown) => caught),
      ),
    );

    for (const error of errors) {
      expectKeyringError(error);
    }
    // No silent sign-out: the accounts stay, and none is marked sign-in-required.
    expect((await context.accounts.list()).map((account) => account.status)).toEqual(['ok', 'ok']);
  });

  it('signs in with the file store when chosen', async () => {
    const credentialsFile = join(home, 'credentials.json');
    const fileStore = new FileSecretStore(credentialsFile);

    const account = await signInWithApiToken(
      { email: simulator.options.userEmail, token: simulator.options.apiToken },
      { ...context, secrets: fileStore },
    );

    expect(account.credentialStore).toBe('file');
    expect(await fileStore.get(secretNames.apiToken(account.id))).toBe(simulator.options.apiToken);
    expect((await stat(credentialsFile)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(credentialsFile, 'utf8')).warning).toContain('plain text');
  });
});
