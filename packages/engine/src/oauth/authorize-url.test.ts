import { describe, expect, it } from 'vitest';

import { atlassianCloudEndpoints } from '../config/endpoints.ts';
import { buildAuthorizeUrl, requestedScopes } from './authorize-url.ts';
import { defaultOAuthScopes } from './client-config.ts';

describe('buildAuthorizeUrl', () => {
  const url = new URL(
    buildAuthorizeUrl(atlassianCloudEndpoints, {
      clientId: 'client-1',
      redirectUri: 'http://localhost:3000/callback',
      scopes: requestedScopes(defaultOAuthScopes),
      state: 'state-1',
      codeChallenge: 'challenge-1',
    }),
  );

  it('targets the authorize endpoint', () => {
    expect(`${url.origin}${url.pathname}`).toBe('https://auth.atlassian.com/authorize');
  });

  it.each([
    ['audience', 'api.atlassian.com'],
    ['client_id', 'client-1'],
    ['scope', 'read:me read:account read:jira-work offline_access'],
    ['redirect_uri', 'http://localhost:3000/callback'],
    ['state', 'state-1'],
    ['response_type', 'code'],
    ['prompt', 'consent'],
    ['code_challenge', 'challenge-1'],
    ['code_challenge_method', 'S256'],
  ])('sets %s', (name, value) => {
    expect(url.searchParams.get(name)).toBe(value);
  });

  it('encodes spaces as %20', () => {
    expect(url.search).toContain('scope=read%3Ame%20read%3Aaccount');
    expect(url.search).not.toContain('+');
  });
});

describe('requestedScopes', () => {
  it('appends extra scopes once', () => {
    expect(
      requestedScopes(['read:me', 'offline_access'], ['read:confluence-user read:me']),
    ).toEqual(['read:me', 'offline_access', 'read:confluence-user']);
  });
});
