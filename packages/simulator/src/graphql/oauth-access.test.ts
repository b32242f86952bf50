import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type FeedData, ME, MY_NOTIFICATIONS } from '../../test/documents.ts';
import { signInWithOAuth } from '../../test/oauth.ts';
import { demoBasicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import type { RunningSimulator } from '../index.ts';

describe('graphql with oauth tokens', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  beforeEach(() => simulator.control.reset());
  afterAll(() => simulator.close());

  const postWithToken = (token: string, query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<FeedData>(simulator, {
      path: '/graphql',
      query,
      variables,
      authorization: `Bearer ${token}`,
    });

  it('bearer reads the feed', async () => {
    const { access_token: token } = await signInWithOAuth(simulator);

    const result = await postWithToken(token, MY_NOTIFICATIONS, { first: 10 });

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
    expect(result.body.data?.notifications?.notificationFeed.nodes).toHaveLength(10);
  });

  it('confluence scope also suffices', async () => {
    const { access_token: token } = await signInWithOAuth(
      simulator,
      'read:me read:page:confluence',
    );

    const result = await postWithToken(token, MY_NOTIFICATIONS, { first: 1 });

    expect(result.body.errors).toBeUndefined();
  });

  it('missing scope errors the field', async () => {
    const { access_token: token } = await signInWithOAuth(
      simulator,
      'read:me read:account offline_access',
    );

    const me = await postWithToken(token, ME);
    const feed = await postWithToken(token, MY_NOTIFICATIONS, { first: 1 });

    expect(me.body.errors).toBeUndefined();
    expect(feed.status).toBe(200);
    expect(feed.body.data).toEqual({ notifications: null });
    expect(feed.body.errors?.[0]?.message).toContain('missing a required scope');
    expect(feed.body.errors?.[0]?.message).toContain('read:jira-work');
    expect(feed.body.errors?.[0]?.extensions?.errorType).toBe('INSUFFICIENT_SCOPE');
  });

  it('refuse switch rejects oauth tokens', async () => {
    const { access_token: token } = await signInWithOAuth(simulator);
    simulator.control.setRefuseOAuthNotifications(true);

    const feed = await postWithToken(token, MY_NOTIFICATIONS, { first: 1 });
    const me = await postWithToken(token, ME);
    const apiTokenFeed = await postGraphQL(simulator, {
      query: MY_NOTIFICATIONS,
      variables: { first: 1 },
      authorization: demoBasicAuth(simulator),
    });

    expect(feed.status).toBe(200);
    expect(feed.body.data).toEqual({ notifications: null });
    expect(feed.body.errors?.[0]?.message).toContain('THIRD_PARTY_OAUTH');
    expect(feed.body.errors?.[0]?.extensions).toEqual({
      errorType: 'UNSUPPORTED_AUTH_TYPE',
      statusCode: 403,
      classification: 'UnsupportedAuthType',
    });
    expect(me.body.errors).toBeUndefined();
    expect(apiTokenFeed.body.errors).toBeUndefined();
  });

  it('refuse option applies at start', async () => {
    const refusing = await startTestSimulator({ refuseOAuthNotifications: true });
    try {
      const { access_token: token } = await signInWithOAuth(refusing);
      const result = await postGraphQL(refusing, {
        path: '/graphql',
        query: MY_NOTIFICATIONS,
        authorization: `Bearer ${token}`,
      });

      expect(result.body.errors?.[0]?.extensions?.errorType).toBe('UNSUPPORTED_AUTH_TYPE');
    } finally {
      await refusing.close();
    }
  });

  it('expired bearer gets 401', async () => {
    const { access_token: token } = await signInWithOAuth(simulator);
    simulator.control.expireAccessTokens();

    const result = await postWithToken(token, ME);

    expect(result.status).toBe(401);
  });

  it('anonymous request gets 401', async () => {
    const result = await postGraphQL(simulator, { path: '/graphql', query: ME });

    expect(result.status).toBe(401);
  });

  it('api token also works', async () => {
    const result = await postGraphQL(simulator, {
      path: '/graphql',
      query: ME,
      authorization: demoBasicAuth(simulator),
    });

    expect(result.status).toBe(200);
    expect(result.body.errors).toBeUndefined();
  });
});
