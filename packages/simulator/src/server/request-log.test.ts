import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ME, MY_NOTIFICATIONS } from '../../test/documents.ts';
import {
  authorizeUrl,
  createPkcePair,
  decide,
  pendingIdOf,
  requestToken,
} from '../../test/oauth.ts';
import { demoBasicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import { NIMBUS_SITE, type RequestLogEntry, type RunningSimulator } from '../index.ts';

describe('request log', () => {
  let simulator: RunningSimulator;
  const printed: RequestLogEntry[] = [];

  beforeAll(async () => {
    simulator = await startTestSimulator({
      apiToken: 'ATATT3xSecretApiToken',
      clientSecret: 'client-secret-value',
      onRequest: (entry) => printed.push(entry),
    });
  });
  afterAll(() => simulator.close());

  it('holds no secrets after a full session', async () => {
    const pkce = createPkcePair();
    const page = await fetch(
      authorizeUrl(simulator, {
        state: 'state-secret',
        code_challenge: pkce.challenge,
        code_challenge_method: 'S256',
      }),
    );
    const allowed = await decide(simulator, pendingIdOf(await page.text()), 'allow');
    const code = new URL(allowed.headers.get('location') ?? '').searchParams.get('code') ?? '';
    const tokens = await requestToken(simulator, {
      grant_type: 'authorization_code',
      code,
      redirect_uri: simulator.options.callbackUrl,
      code_verifier: pkce.verifier,
    });
    const refreshed = await requestToken(simulator, {
      grant_type: 'refresh_token',
      refresh_token: String(tokens.body.refresh_token),
    });
    const bearer = `Bearer ${refreshed.body.access_token}`;
    await fetch(`${simulator.url}/me`, { headers: { Authorization: bearer } });
    await postGraphQL(simulator, {
      path: '/graphql',
      query: MY_NOTIFICATIONS,
      authorization: bearer,
    });
    await postGraphQL(simulator, { query: ME, authorization: demoBasicAuth(simulator) });
    await fetch(`${simulator.url}/ex/jira/${NIMBUS_SITE.cloudId}/rest/api/3/project/NIM`, {
      headers: { Authorization: demoBasicAuth(simulator) },
    });

    const served = await (await fetch(`${simulator.url}/__simulator/requests`)).text();
    const secrets = [
      code,
      pkce.verifier,
      'state-secret',
      String(tokens.body.access_token),
      String(tokens.body.refresh_token),
      String(refreshed.body.access_token),
      String(refreshed.body.refresh_token),
      'ATATT3xSecretApiToken',
      'client-secret-value',
      demoBasicAuth(simulator).slice('Basic '.length),
      simulator.options.userEmail,
    ];

    expect(tokens.status).toBe(200);
    expect(refreshed.status).toBe(200);
    for (const secret of secrets) {
      expect(served).not.toContain(secret);
      expect(JSON.stringify(printed)).not.toContain(secret);
    }
  });

  it('lists handled requests in order', () => {
    const entries = simulator.control.requests();

    expect(
      entries.map((entry) => `${entry.method} ${entry.path} ${entry.authKind} ${entry.status}`),
    ).toEqual([
      'GET /authorize none 200',
      'POST /authorize/decision none 302',
      'POST /oauth/token client 200',
      'POST /oauth/token client 200',
      'GET /me bearer 200',
      'POST /graphql bearer 200',
      'POST /gateway/api/graphql basic 200',
      `GET /ex/jira/${NIMBUS_SITE.cloudId}/rest/api/3/project/NIM basic 200`,
    ]);
    expect(entries[5]).toMatchObject({ operationName: 'MyNotifications', operationType: 'query' });
    expect(entries.every((entry) => !Number.isNaN(Date.parse(entry.at)))).toBe(true);
    expect(printed).toEqual(entries);
  });

  it('delete clears the log', async () => {
    const response = await fetch(`${simulator.url}/__simulator/requests`, { method: 'DELETE' });

    expect(response.status).toBe(204);
    expect(simulator.control.requests()).toEqual([]);
  });

  it('records unknown paths as 404', async () => {
    await fetch(`${simulator.url}/rest/api/3/myself?token=abc`);

    expect(simulator.control.requests()).toEqual([
      expect.objectContaining({ method: 'GET', path: '/rest/api/3/myself', status: 404 }),
    ]);
  });
});
