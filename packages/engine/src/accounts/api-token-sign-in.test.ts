import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { KeychainSecretStore, secretNames } from '../credentials/index.ts';
import { fetchNotifications } from '../notifications/fetch-notifications.ts';
import { OAuthCredentialProvider } from '../oauth/index.ts';
import { AccountRepository } from './account-repository.ts';
import { signInWithApiToken } from './api-token-sign-in.ts';
import type { SignInContext } from './sign-in-context.ts';
import { signOut } from './sign-out.ts';
import { verifyApiToken } from './verify-api-token.ts';

const email = 'user@example.test';
const token = 'ATATT3xExampleToken123';

describe('signInWithApiToken', () => {
  let simulator: RunningSimulator;
  let keyring: KeyringSession;
  let context: SignInContext;

  beforeAll(async () => {
    keyring = await startKeyringSession('unlocked');
    simulator = await startSimulator({ port: 0, userEmail: email, apiToken: token });
  });

  afterAll(async () => {
    await simulator?.close();
    await keyring?.stop();
  });

  beforeEach(async () => {
    const home = await mkdtemp(join(tmpdir(), 'atlassify-api-token-'));
    context = {
      endpoints: endpointsForBaseUrl(simulator.url),
      accounts: AccountRepository.forStateHome(home),
      secrets: new KeychainSecretStore({ service: `atlassify-test-${home.slice(-6)}` }),
    };
    simulator.control.reset();
  });

  it('signs in with trimmed fields', async () => {
    const account = await signInWithApiToken({ email: `${email} `, token: ` ${token}\n` }, context);

    expect(account).toMatchObject({
      email,
      authMethod: 'api-token',
      status: 'ok',
      credentialStore: 'keychain',
    });
    expect(account.id).not.toBe('');
    expect(await context.secrets.get(secretNames.apiToken(account.id))).toBe(token);
    expect(await context.accounts.list()).toHaveLength(1);
  });

  it('verifies with the Me query over Basic', async () => {
    await signInWithApiToken({ email, token }, context);

    expect(simulator.control.requests()).toEqual([
      expect.objectContaining({
        path: '/gateway/api/graphql',
        operationName: 'Me',
        authKind: 'basic',
        status: 200,
      }),
    ]);
  });

  it('updates the same account in place', async () => {
    const first = await signInWithApiToken({ email, token }, context);
    const second = await signInWithApiToken({ email, token }, context);

    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(first.createdAt);
    expect(await context.accounts.list()).toHaveLength(1);
  });

  it('replaces the stored token', async () => {
    const account = await signInWithApiToken({ email, token }, context);
    await context.secrets.set(secretNames.apiToken(account.id), 'stale-token');

    await signInWithApiToken({ email, token }, context);

    expect(await context.secrets.get(secretNames.apiToken(account.id))).toBe(token);
  });

  it('rejects a wrong token', async () => {
    const error = await signInWithApiToken({ email, token: 'wrong-token' }, context).catch(
      (e: unknown) => e,
    );

    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', details: { field: 'token' } });
    expect((error as { hint: string }).hint).toContain(
      'id.atlassian.com/manage-profile/security/api-tokens',
    );
    expect((error as { hint: string }).hint).toContain('expire within a year');
    expect(JSON.stringify(error)).not.toContain('wrong-token');
    expect(await context.accounts.list()).toEqual([]);
  });

  it('reports a CAPTCHA lock', async () => {
    simulator.control.requireCaptcha(email);

    const error = await signInWithApiToken({ email, token }, context).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'CAPTCHA_REQUIRED', details: { status: 403 } });
    expect((error as Error).message).toContain('requires a CAPTCHA');
    expect((error as { hint: string }).hint).toContain('in a browser');
    expect(await context.accounts.list()).toEqual([]);
  });

  it('names the expiry of a rejected token', async () => {
    simulator.control.expireApiToken(email);

    const error = await signInWithApiToken({ email, token }, context).catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', details: { field: 'token' } });
    expect((error as { hint: string }).hint).toContain('API tokens expire within a year');
    expect((error as { hint: string }).hint).toContain(
      'https://id.atlassian.com/manage-profile/security/api-tokens',
    );
  });

  it('asks for a new token once it expires', async () => {
    const account = await signInWithApiToken({ email, token }, context);
    const provider = new OAuthCredentialProvider({ ...context, stateHome: tmpdir() });
    const poll = () =>
      fetchNotifications({ provider, accountId: account.id, unreadOnly: true, groupByTitle: true });
    simulator.control.expireApiToken(email);
    simulator.control.clearRequests();

    const error = await poll().catch((e: unknown) => e);
    const requestsAfterFirst = simulator.control.requests().length;
    const again = await poll().catch((e: unknown) => e);

    expect(error).toMatchObject({ code: 'SIGN_IN_REQUIRED', details: { accountId: account.id } });
    expect((error as Error).message).toContain('may have expired');
    expect((error as { hint: string }).hint).toContain('API tokens expire within a year');
    expect((error as { hint: string }).hint).toContain(
      'https://id.atlassian.com/manage-profile/security/api-tokens',
    );
    expect(again).toMatchObject({ code: 'SIGN_IN_REQUIRED' });
    // The second poll fails from the stored status, without another rejected request.
    expect(simulator.control.requests()).toHaveLength(requestsAfterFirst);
    expect((await context.accounts.get(account.id))?.status).toBe('sign-in-required');
    expect(await context.secrets.get(secretNames.apiToken(account.id))).toBe(token);
  });

  it.each([
    ['email', { email: '  ', token }],
    ['token', { email, token: '' }],
    ['token', { email, token: 'ATATT3x Example' }],
    ['email', { email: 'not-an-email', token }],
  ])('rejects a bad %s before any request', async (field, request) => {
    await expect(signInWithApiToken(request, context)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { field },
    });
    expect(simulator.control.requests()).toEqual([]);
  });

  it('encodes a non-ASCII email as UTF-8', async () => {
    simulator.control.addUser({
      email: 'zoë.müller@example.test',
      apiToken: 'umlaut-token',
      name: 'Zoë Müller',
    });

    const account = await signInWithApiToken(
      { email: 'zoë.müller@example.test', token: 'umlaut-token' },
      context,
    );

    expect(account).toMatchObject({ email: 'zoë.müller@example.test', name: 'Zoë Müller' });
  });

  it('signs out and deletes the token', async () => {
    const account = await signInWithApiToken({ email, token }, context);

    await signOut(account.id, context);

    expect(await context.accounts.list()).toEqual([]);
    expect(await context.secrets.get(secretNames.apiToken(account.id))).toBeNull();
  });

  it('removes the token when the record write fails', async () => {
    // Another process holds the accounts lock, so the record write gives up after 200 ms.
    await mkdir(`${context.accounts.path}.lock`, { recursive: true });
    const accounts = new AccountRepository(context.accounts.path, { lockWaitMs: 200 });

    const error = await signInWithApiToken({ email, token }, { ...context, accounts }).catch(
      (e: unknown) => e,
    );
    await rm(`${context.accounts.path}.lock`, { recursive: true });
    const accountId = await demoAccountId(context);

    expect(error).toMatchObject({ code: 'STATE_FILE_FAILED' });
    expect(await context.secrets.get(secretNames.apiToken(accountId))).toBeNull();
    expect(await context.accounts.list()).toEqual([]);
  });
});

describe('signInWithApiToken failures', () => {
  let server: Server;
  let deniedReason: string | null;
  let status: number;
  let body: string;

  beforeAll(async () => {
    server = createServer((_request, response) => {
      response.writeHead(status, {
        'content-type': 'application/json',
        ...(deniedReason ? { 'x-authentication-denied-reason': deniedReason } : {}),
      });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  async function signInAgainst(baseUrl: string) {
    const home = await mkdtemp(join(tmpdir(), 'atlassify-api-token-'));
    const context: SignInContext = {
      endpoints: endpointsForBaseUrl(baseUrl),
      accounts: AccountRepository.forStateHome(home),
      secrets: new KeychainSecretStore({ service: 'atlassify-test-failures' }),
      requestTimeoutMs: 2000,
    };
    return signInWithApiToken({ email, token }, context).catch((error: unknown) => error);
  }

  beforeEach(() => {
    body = '{}';
    deniedReason = null;
  });

  it('rejects a response without a user', async () => {
    status = 200;
    body = JSON.stringify({ data: { me: { user: null } } });
    const port = (server.address() as AddressInfo).port;

    const error = await signInAgainst(`http://127.0.0.1:${port}`);

    expect(error).toMatchObject({ code: 'INVALID_CREDENTIALS', details: { field: 'token' } });
  });

  it('rejects a response with GraphQL errors', async () => {
    status = 200;
    body = JSON.stringify({ data: null, errors: [{ message: 'Downstream failure' }] });
    const port = (server.address() as AddressInfo).port;

    const error = await signInAgainst(`http://127.0.0.1:${port}`);

    expect(error).toMatchObject({ code: 'BAD_RESPONSE' });
    expect((error as Error).message).toContain('Downstream failure');
  });

  it('reports a CAPTCHA challenge', async () => {
    status = 403;
    deniedReason = 'CAPTCHA_CHALLENGE; login-url=https://id.atlassian.com/login';
    const port = (server.address() as AddressInfo).port;

    const error = await signInAgainst(`http://127.0.0.1:${port}`);

    expect(error).toMatchObject({ code: 'CAPTCHA_REQUIRED' });
    expect((error as { hint: string }).hint).toContain('in a browser');
  });

  it('reports a server failure', async () => {
    status = 503;
    deniedReason = null;
    const port = (server.address() as AddressInfo).port;

    expect(await signInAgainst(`http://127.0.0.1:${port}`)).toMatchObject({
      code: 'SERVER_ERROR',
      details: { status: 503 },
    });
  });

  it('names the host on network failure', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));

    const error = await signInAgainst(`http://127.0.0.1:${port}`);

    expect(error).toMatchObject({ code: 'NETWORK', details: { host: `127.0.0.1:${port}` } });
    expect((error as Error).message).toContain('ECONNREFUSED');
  });
});

async function demoAccountId(context: SignInContext): Promise<string> {
  return (await verifyApiToken(email, token, context.endpoints)).accountId;
}
