import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOf } from '../../test/json.ts';
import { signInWithOAuth } from '../../test/oauth.ts';
import { demoBasicAuth, startTestSimulator } from '../../test/simulator.ts';
import { DEMO_ACCOUNT_ID, NIMBUS_SITE, ORBIT_SITE, type RunningSimulator } from '../index.ts';

describe('identity endpoints', () => {
  let simulator: RunningSimulator;
  let accessToken: string;

  beforeAll(async () => {
    simulator = await startTestSimulator();
    accessToken = (await signInWithOAuth(simulator)).access_token;
  });
  afterAll(() => simulator.close());

  const get = (path: string, authorization?: string) =>
    fetch(`${simulator.url}${path}`, {
      headers: authorization ? { Authorization: authorization } : {},
    });

  it('me returns the profile', async () => {
    const response = await get('/me', `Bearer ${accessToken}`);

    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({
      account_id: DEMO_ACCOUNT_ID,
      account_type: 'atlassian',
      account_status: 'active',
      email: simulator.options.userEmail,
      email_verified: true,
      name: 'Dana Demo',
      nickname: 'dana',
      picture: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
      locale: 'en-US',
      zoneinfo: 'Europe/Berlin',
    });
  });

  it('me needs read:me scope', async () => {
    const { access_token: token } = await signInWithOAuth(simulator, 'read:jira-work');

    const response = await get('/me', `Bearer ${token}`);

    expect(response.status).toBe(403);
  });

  it('me rejects missing bearer', async () => {
    const response = await get('/me');

    expect(response.status).toBe(401);
    expect(await jsonOf(response)).toEqual({ code: 401, message: 'Unauthorized' });
  });

  it('me rejects unknown bearer', async () => {
    const response = await get('/me', 'Bearer not-a-token');

    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toContain('invalid_token');
  });

  it('me rejects api token', async () => {
    const response = await get('/me', demoBasicAuth(simulator));

    expect(response.status).toBe(401);
  });

  it('accessible resources lists both sites', async () => {
    const response = await get('/oauth/token/accessible-resources', `Bearer ${accessToken}`);
    const sites = await jsonOf(response);

    expect(response.status).toBe(200);
    expect(sites).toEqual([
      {
        id: NIMBUS_SITE.cloudId,
        name: 'nimbus',
        url: 'https://nimbus.atlassian.net',
        scopes: ['read:jira-work'],
        avatarUrl: NIMBUS_SITE.avatarUrl,
      },
      {
        id: ORBIT_SITE.cloudId,
        name: 'orbit',
        url: 'https://orbit.atlassian.net',
        scopes: ['read:jira-work'],
        avatarUrl: ORBIT_SITE.avatarUrl,
      },
    ]);
  });

  it('accessible resources empty without product scope', async () => {
    const { access_token: token } = await signInWithOAuth(simulator, 'read:me offline_access');

    const response = await get('/oauth/token/accessible-resources', `Bearer ${token}`);

    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual([]);
  });

  it('accessible resources rejects missing bearer', async () => {
    const response = await get('/oauth/token/accessible-resources');

    expect(response.status).toBe(401);
  });

  // Runs last: it expires every access token, including the shared one.
  it('me rejects expired token', async () => {
    const { access_token: token } = await signInWithOAuth(simulator);
    simulator.control.expireAccessTokens();

    const response = await get('/me', `Bearer ${token}`);

    expect(response.status).toBe(401);
  });
});
