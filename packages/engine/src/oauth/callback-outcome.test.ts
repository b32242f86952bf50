import { describe, expect, it } from 'vitest';

import { authorizationError, classifyCallback } from './callback-outcome.ts';

const as = {
  issuer: 'https://auth.atlassian.com',
  authorization_endpoint: 'https://auth.atlassian.com/authorize',
  token_endpoint: 'https://auth.atlassian.com/oauth/token',
};
const client = { client_id: 'client-1' };

function classify(query: string) {
  return classifyCallback(as, client, new URLSearchParams(query), 'expected-state');
}

describe('classifyCallback', () => {
  it('accepts a code with the right state', () => {
    const outcome = classify('code=GOOD&state=expected-state');

    expect(outcome.kind).toBe('code');
    expect((outcome as { parameters: URLSearchParams }).parameters.get('code')).toBe('GOOD');
  });

  it.each([
    ['no parameters', ''],
    ['a wrong state', 'code=EVIL&state=wrong'],
    ['no code', 'state=expected-state'],
    ['a repeated state', 'code=GOOD&state=expected-state&state=expected-state'],
    ['a denial with a wrong state', 'error=access_denied&state=wrong'],
    ['a foreign issuer', 'code=GOOD&state=expected-state&iss=https%3A%2F%2Fevil.example'],
  ])('ignores %s', (_case, query) => {
    expect(classify(query).kind).toBe('ignored');
  });

  it('reports access_denied', () => {
    const outcome = classify(
      'error=access_denied&error_description=User%20declined&state=expected-state',
    );

    expect(outcome).toMatchObject({ kind: 'error', error: { code: 'OAUTH_ACCESS_DENIED' } });
    expect((outcome as { error: Error }).error.message).toContain('access was denied');
  });
});

describe('authorizationError', () => {
  it('words server_error differently', () => {
    const error = authorizationError('server_error');

    expect(error.code).toBe('OAUTH_FAILED');
    expect(error.message).toContain('authorization server had an error');
  });

  it('shortens an unknown error code', () => {
    const error = authorizationError('x'.repeat(500));

    expect(error.details.oauthError).toHaveLength(64);
  });
});
