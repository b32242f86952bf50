import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ME, MY_NOTIFICATIONS, RETRIEVE_CLOUD_IDS_FOR_HOSTNAMES } from '../../test/documents.ts';
import { jsonOf } from '../../test/json.ts';
import { basicAuth, demoBasicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import { DEMO_ACCOUNT_ID, NIMBUS_SITE, ORBIT_SITE, type RunningSimulator } from '../index.ts';

describe('graphql gateway with api tokens', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  afterAll(() => simulator.close());

  it('me returns the user', async () => {
    const result = await postGraphQL(simulator, {
      query: ME,
      authorization: demoBasicAuth(simulator),
    });

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({
      me: {
        user: {
          accountId: DEMO_ACCOUNT_ID,
          name: 'Dana Demo',
          picture: expect.stringMatching(/^data:image\/svg\+xml;base64,/),
        },
      },
    });
  });

  it('wrong token gets 401 header', async () => {
    const result = await postGraphQL(simulator, {
      query: ME,
      authorization: basicAuth(simulator.options.userEmail, 'wrong-token'),
    });

    expect(result.status).toBe(401);
    expect(result.headers.get('x-seraph-loginreason')).toBe('AUTHENTICATED_FAILED');
  });

  it('token with whitespace is rejected', async () => {
    const result = await postGraphQL(simulator, {
      query: ME,
      authorization: basicAuth(simulator.options.userEmail, ` ${simulator.options.apiToken}\n`),
    });

    expect(result.status).toBe(401);
  });

  it('email matches case-insensitively', async () => {
    const result = await postGraphQL(simulator, {
      query: ME,
      authorization: basicAuth(
        simulator.options.userEmail.toUpperCase(),
        simulator.options.apiToken,
      ),
    });

    expect(result.status).toBe(200);
  });

  it('anonymous me has null user', async () => {
    const result = await postGraphQL(simulator, { query: ME });

    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ me: { user: null } });
  });

  it('anonymous notifications are unauthenticated', async () => {
    const result = await postGraphQL(simulator, {
      query: MY_NOTIFICATIONS,
      variables: { first: 5 },
    });

    expect(result.status).toBe(200);
    expect(result.body.data).toEqual({ notifications: null });
    expect(result.body.errors?.[0]?.message).toMatch(/^Unauthenticated/);
    expect(result.body.errors?.[0]?.path).toEqual(['notifications']);
    expect(result.body.errors?.[0]?.extensions?.errorType).toBe('UNAUTHENTICATED');
  });

  it('bearer on gateway gets 401', async () => {
    const result = await postGraphQL(simulator, { query: ME, authorization: 'Bearer anything' });

    expect(result.status).toBe(401);
  });

  it('unknown field fails validation', async () => {
    const result = await postGraphQL(simulator, {
      query: '{ notifications { notificationFeed { nodes { groupId colour } } } }',
      authorization: demoBasicAuth(simulator),
    });

    expect(result.status).toBe(200);
    expect(result.body.data).toBeUndefined();
    expect(result.body.errors?.[0]?.message).toContain('Cannot query field "colour"');
  });

  it('unknown argument fails validation', async () => {
    const result = await postGraphQL(simulator, {
      query: '{ notifications { notificationFeed(last: 3) { nodes { groupId } } } }',
      authorization: demoBasicAuth(simulator),
    });

    expect(result.status).toBe(200);
    expect(result.body.errors?.[0]?.message).toContain('Unknown argument "last"');
  });

  it('syntax error comes back in errors', async () => {
    const result = await postGraphQL(simulator, {
      query: 'query {',
      authorization: demoBasicAuth(simulator),
    });

    expect(result.status).toBe(200);
    expect(result.body.errors?.[0]?.message).toContain('Syntax Error');
  });

  it('malformed json gets 400', async () => {
    const response = await fetch(`${simulator.url}/gateway/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: demoBasicAuth(simulator) },
      body: '{"query": ',
    });

    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors[0].message).toContain('not valid JSON');
  });

  it('body without query gets 400', async () => {
    const response = await fetch(`${simulator.url}/gateway/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: demoBasicAuth(simulator) },
      body: JSON.stringify({ variables: {} }),
    });

    expect(response.status).toBe(400);
  });

  it('tenant contexts map host names', async () => {
    const result = await postGraphQL(simulator, {
      query: RETRIEVE_CLOUD_IDS_FOR_HOSTNAMES,
      variables: {
        hostNames: ['Nimbus.Atlassian.net', 'orbit.atlassian.net', 'unknown.atlassian.net'],
      },
      authorization: demoBasicAuth(simulator),
    });

    expect(result.body.errors).toBeUndefined();
    expect(result.body.data).toEqual({
      tenantContexts: [
        { cloudId: NIMBUS_SITE.cloudId, hostName: 'nimbus.atlassian.net' },
        { cloudId: ORBIT_SITE.cloudId, hostName: 'orbit.atlassian.net' },
      ],
    });
  });

  it('log names operation without operationName', async () => {
    simulator.control.clearRequests();

    await postGraphQL(simulator, {
      query: MY_NOTIFICATIONS,
      authorization: demoBasicAuth(simulator),
    });
    await postGraphQL(simulator, { query: ME, authorization: basicAuth('x@y.test', 'nope') });

    expect(simulator.control.requests()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/gateway/api/graphql',
        operationName: 'MyNotifications',
        operationType: 'query',
        authKind: 'basic',
        status: 200,
      }),
      expect.objectContaining({ operationName: 'Me', authKind: 'basic', status: 401 }),
    ]);
  });
});
