import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../../test/json.ts';
import { createPkcePair, obtainCode, requestToken, signInWithOAuth } from '../../test/oauth.ts';
import { ManualClock, startTestSimulator } from '../../test/simulator.ts';
import type { RunningSimulator } from '../index.ts';

const INVALID_CODE = { error: 'invalid_grant', error_description: 'Invalid authorization code' };
const INVALID_REFRESH = {
  error: 'invalid_grant',
  error_description: 'Unknown or invalid refresh token.',
};

describe('token endpoint code grant', () => {
  let simulator: RunningSimulator;
  const clock = new ManualClock();

  beforeAll(async () => {
    simulator = await startTestSimulator({ now: clock.now, accessTokenTtlSeconds: 1800 });
  });
  afterAll(() => simulator.close());

  it('form body with basic auth', async () => {
    const code = await obtainCode(simulator);
    const credentials = `${simulator.options.clientId}:${simulator.options.clientSecret}`;

    const response = await fetch(`${simulator.url}/oauth/token`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Basic ${Buffer.from(credentials).toString('base64')}`,
      },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        code,
        redirect_uri: simulator.options.callbackUrl,
      }).toString(),
    });
    const body = await jsonOf(response);

    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body.token_type).toBe('Bearer');
    expect(body.expires_in).toBe(1800);
    expect(body.scope).toBe('read:me read:account read:jira-work offline_access');
    expect(typeof body.access_token).toBe('string');
    expect(typeof body.refresh_token).toBe('string');
    expect(body.access_token).not.toBe(body.refresh_token);
  });

  it('json body with client secret', async () => {
    const code = await obtainCode(simulator);

    const response = await fetch(`${simulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        grant_type: 'authorization_code',
        client_id: simulator.options.clientId,
        client_secret: simulator.options.clientSecret,
        code,
        redirect_uri: simulator.options.callbackUrl,
      }),
    });

    expect(response.status).toBe(200);
    expect((await jsonOf(response)).access_token).toBeTruthy();
  });

  it('missing secret gets 401', async () => {
    const code = await obtainCode(simulator);

    const response = await fetch(`${simulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: simulator.options.clientId,
        code,
        redirect_uri: simulator.options.callbackUrl,
      }).toString(),
    });

    expect(response.status).toBe(401);
    expect(await jsonOf(response)).toEqual({
      error: 'access_denied',
      error_description: 'Unauthorized',
    });
  });

  it('wrong secret gets 401', async () => {
    const code = await obtainCode(simulator);

    const { status, body } = await requestToken(simulator, {
      grant_type: 'authorization_code',
      client_secret: 'not-the-secret',
      code,
      redirect_uri: simulator.options.callbackUrl,
    });

    expect(status).toBe(401);
    expect(body).toEqual({ error: 'access_denied', error_description: 'Unauthorized' });
  });

  it('code works only once', async () => {
    const code = await obtainCode(simulator);
    const exchange = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: simulator.options.callbackUrl,
    };
    const first = await requestToken(simulator, exchange);

    const second = await requestToken(simulator, exchange);
    const meWithFirstToken = await fetch(`${simulator.url}/me`, {
      headers: { Authorization: `Bearer ${first.body.access_token}` },
    });

    expect(first.status).toBe(200);
    expect(second.status).toBe(403);
    expect(second.body).toEqual(INVALID_CODE);
    expect(meWithFirstToken.status).toBe(401);
  });

  it('redirect uri must equal original', async () => {
    const code = await obtainCode(simulator);

    const { status, body } = await requestToken(simulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: `${simulator.options.callbackUrl}/`,
    });

    expect(status).toBe(403);
    expect(body).toEqual(INVALID_CODE);
  });

  it('code expires after ten minutes', async () => {
    const code = await obtainCode(simulator);
    clock.advanceMinutes(10.1);

    const { status, body } = await requestToken(simulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: simulator.options.callbackUrl,
    });

    expect(status).toBe(403);
    expect(body).toEqual(INVALID_CODE);
  });

  it('pkce verifier must match challenge', async () => {
    const pkce = createPkcePair();
    const exchange = (code: string, verifier?: string) =>
      requestToken(simulator, {
        grant_type: 'authorization_code',
        code,
        redirect_uri: simulator.options.callbackUrl,
        ...(verifier === undefined ? {} : { code_verifier: verifier }),
      });
    const pkceParameters = { code_challenge: pkce.challenge, code_challenge_method: 'S256' };

    const good = await exchange(await obtainCode(simulator, pkceParameters), pkce.verifier);
    const wrong = await exchange(
      await obtainCode(simulator, pkceParameters),
      createPkcePair().verifier,
    );
    const missing = await exchange(await obtainCode(simulator, pkceParameters));

    expect(good.status).toBe(200);
    expect(wrong.status).toBe(403);
    expect(wrong.body).toEqual(INVALID_CODE);
    expect(missing.status).toBe(403);
    expect(missing.body).toEqual(INVALID_CODE);
  });

  it('no refresh token without offline_access', async () => {
    const tokens = await signInWithOAuth(simulator, 'read:me read:jira-work');

    expect(tokens.refresh_token).toBeUndefined();
    expect(tokens.scope).toBe('read:me read:jira-work');
  });

  it('unknown code gets invalid_grant', async () => {
    const { status, body } = await requestToken(simulator, {
      grant_type: 'authorization_code',
      code: 'made-up',
      redirect_uri: simulator.options.callbackUrl,
    });

    expect(status).toBe(403);
    expect(body).toEqual(INVALID_CODE);
  });

  it('unsupported grant gets 400', async () => {
    const { status, body } = await requestToken(simulator, { grant_type: 'client_credentials' });

    expect(status).toBe(400);
    expect(body.error).toBe('unsupported_grant_type');
  });

  it('other content type gets 400', async () => {
    const response = await fetch(`${simulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'grant_type=authorization_code',
    });

    expect(response.status).toBe(400);
    expect((await jsonOf(response)).error).toBe('invalid_request');
  });
});

describe('token endpoint refresh rotation', () => {
  let simulator: RunningSimulator;
  let clock: ManualClock;

  beforeAll(async () => {
    clock = new ManualClock();
    simulator = await startTestSimulator({ now: clock.now });
  });
  beforeEach(() => simulator.control.reset());
  afterAll(() => simulator.close());

  const refresh = (refreshToken: string) =>
    requestToken(simulator, { grant_type: 'refresh_token', refresh_token: refreshToken });

  it('each refresh rotates the token', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);

    const second = await refresh(first);
    const third = await refresh(String(second.body.refresh_token));

    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first);
    expect(second.body.access_token).toBeTruthy();
    expect(third.status).toBe(200);
    expect(third.body.refresh_token).not.toBe(second.body.refresh_token);
  });

  it('previous token works within leeway', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    const rotated = await refresh(first);
    clock.advanceMinutes(9);

    const replay = await refresh(first);
    const next = await refresh(String(rotated.body.refresh_token));

    expect(replay.status).toBe(200);
    expect(replay.body.refresh_token).toBe(rotated.body.refresh_token);
    expect(next.status).toBe(200);
  });

  it('replay after leeway kills family', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    const rotated = await refresh(first);
    clock.advanceMinutes(11);

    const replay = await refresh(first);
    const current = await refresh(String(rotated.body.refresh_token));

    expect(replay.status).toBe(403);
    expect(replay.body).toEqual(INVALID_REFRESH);
    expect(current.status).toBe(403);
    expect(current.body).toEqual(INVALID_REFRESH);
  });

  it('older token replay kills family', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    const second = await refresh(first);
    const third = await refresh(String(second.body.refresh_token));

    const replay = await refresh(first);
    const current = await refresh(String(third.body.refresh_token));

    expect(replay.status).toBe(403);
    expect(current.status).toBe(403);
  });

  it('families are independent', async () => {
    const one = await signInWithOAuth(simulator);
    const two = await signInWithOAuth(simulator);
    await refresh(one.refresh_token ?? '');
    clock.advanceMinutes(11);
    await refresh(one.refresh_token ?? '');

    const other = await refresh(two.refresh_token ?? '');

    expect(other.status).toBe(200);
  });

  it('family expires after idle period', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    clock.advanceMinutes(91 * 24 * 60);

    const result = await refresh(first);

    expect(result.status).toBe(403);
    expect(result.body).toEqual(INVALID_REFRESH);
  });

  it('revoked tokens get invalid_grant', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    simulator.control.revokeRefreshTokens();

    const result = await refresh(first);

    expect(result.status).toBe(403);
    expect(result.body).toEqual(INVALID_REFRESH);
  });

  it('refresh needs the client secret', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);

    const result = await requestToken(simulator, {
      grant_type: 'refresh_token',
      refresh_token: first,
      client_secret: '',
    });

    expect(result.status).toBe(401);
  });

  it('access token expires after ttl', async () => {
    const { access_token: accessToken } = await signInWithOAuth(simulator);
    const me = () =>
      fetch(`${simulator.url}/me`, { headers: { Authorization: `Bearer ${accessToken}` } });

    const fresh = await me();
    clock.advanceMinutes(61);
    const stale = await me();

    expect(fresh.status).toBe(200);
    expect(stale.status).toBe(401);
  });
});
