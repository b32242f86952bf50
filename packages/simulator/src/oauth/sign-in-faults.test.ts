import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { jsonOf } from '../../test/json.ts';
import { requestToken, signInWithOAuth } from '../../test/oauth.ts';
import { basicAuth, demoBasicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import type { RunningSimulator } from '../index.ts';

const meQuery = 'query Me { me { user { accountId } } }';

describe('sign-in fault switches', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator({ seed: false });
  });
  beforeEach(() => simulator.control.reset());
  afterAll(() => simulator.close());

  const refresh = (refreshToken: string) =>
    requestToken(simulator, { grant_type: 'refresh_token', refresh_token: refreshToken });

  it('holds refresh responses until released', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    simulator.control.setHoldRefreshResponses(true);

    const held = refresh(first);
    await expect.poll(() => simulator.control.heldRefreshResponses()).toBe(1);
    const listed = await jsonOf(await fetch(`${simulator.url}/__simulator/refresh-responses/held`));
    simulator.control.setHoldRefreshResponses(false);
    const response = await held;

    expect(listed).toEqual({ held: 1 });
    expect(response.status).toBe(200);
    expect(response.body.refresh_token).not.toBe(first);
    expect(simulator.control.heldRefreshResponses()).toBe(0);
  });

  it('rotates a held refresh at once', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    simulator.control.setHoldRefreshResponses(true);
    const held = refresh(first);
    await expect.poll(() => simulator.control.heldRefreshResponses()).toBe(1);

    await fetch(`${simulator.url}/__simulator/switches`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ holdRefreshResponses: false }),
    });
    const rotated = await held;
    // The first token is now the previous one, which the leeway still accepts once more.
    const replay = await refresh(first);

    expect(replay.status).toBe(200);
    expect(replay.body.refresh_token).toBe(rotated.body.refresh_token);
  });

  it('omits the refresh token on request', async () => {
    const { refresh_token: first = '' } = await signInWithOAuth(simulator);
    simulator.control.setOmitRefreshTokenOnRefresh(true);

    const withoutToken = await refresh(first);
    const again = await refresh(first);

    expect(withoutToken.status).toBe(200);
    expect(withoutToken.body.access_token).toBeTruthy();
    expect(withoutToken.body).not.toHaveProperty('refresh_token');
    expect(again.status).toBe(200);
  });

  it('answers a CAPTCHA lock with 403', async () => {
    simulator.control.requireCaptcha(simulator.options.userEmail);

    const response = await postGraphQL(simulator, {
      query: meQuery,
      authorization: demoBasicAuth(simulator),
    });

    expect(response.status).toBe(403);
    expect(response.headers.get('x-authentication-denied-reason')).toMatch(/^CAPTCHA_CHALLENGE/);
  });

  it('locks a CAPTCHA account over HTTP', async () => {
    const email = encodeURIComponent(simulator.options.userEmail);
    const locked = await fetch(`${simulator.url}/__simulator/captcha?email=${email}`, {
      method: 'POST',
    });
    const unknown = await fetch(`${simulator.url}/__simulator/captcha?email=nobody%40x.test`, {
      method: 'POST',
    });

    expect(locked.status).toBe(204);
    expect(unknown.status).toBe(404);
  });

  it('rejects an expired API token with 401', async () => {
    await fetch(
      `${simulator.url}/__simulator/api-tokens/expire?email=${encodeURIComponent(simulator.options.userEmail)}`,
      { method: 'POST' },
    );

    const response = await postGraphQL(simulator, {
      query: meQuery,
      authorization: demoBasicAuth(simulator),
    });
    const otherUser = simulator.control.addUser({
      email: 'ravi@atlassify.test',
      apiToken: 'ravi-token',
      name: 'Ravi',
    });
    const other = await postGraphQL(simulator, {
      query: meQuery,
      authorization: basicAuth(otherUser.email, 'ravi-token'),
    });

    expect(response.status).toBe(401);
    expect(response.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
    expect(other.status).toBe(200);
  });

  it('lists issued authorization codes', async () => {
    await signInWithOAuth(simulator);

    const codes = await jsonOf(await fetch(`${simulator.url}/__simulator/authorization-codes`));

    expect(codes).toHaveLength(1);
    expect(codes).toEqual(simulator.control.authorizationCodes());
  });
});

describe('token lengths', () => {
  it('issue tokens of the configured lengths', async () => {
    const simulator = await startTestSimulator({
      seed: false,
      accessTokenLength: 2400,
      refreshTokenLength: 900,
    });
    try {
      const tokens = await signInWithOAuth(simulator);

      expect(tokens.access_token).toHaveLength(2400);
      expect(tokens.refresh_token).toHaveLength(900);
      expect(tokens.access_token).toMatch(/^[A-Za-z0-9_-]+$/);
    } finally {
      await simulator.close();
    }
  });

  it('rejects a length below 16', async () => {
    await expect(startTestSimulator({ accessTokenLength: 8 })).rejects.toThrow(
      'accessTokenLength "8" is invalid',
    );
  });
});
