import { describe, expect, it } from 'vitest';

import { atlassianCloudEndpoints, endpointsForBaseUrl } from '../config/endpoints.ts';
import { FileSecretStore } from '../credentials/index.ts';
import type { AccountRecord } from './account.ts';
import { AccountRepository } from './account-repository.ts';
import { requireSameEndpoints, type SignInContext } from './sign-in-context.ts';

const simulatorUrl = 'http://127.0.0.1:4010';

function record(atlassianBaseUrl: string | null): AccountRecord {
  return {
    id: 'acc-1',
    email: 'ada@example.test',
    name: 'Ada',
    avatarUrl: null,
    authMethod: 'api-token',
    scopes: [],
    sites: [],
    status: 'ok',
    credentialStore: 'file',
    atlassianBaseUrl,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

/** Builds a context for the check alone, which reads only the endpoints and touches no file. */
function contextFor(endpoints: SignInContext['endpoints']): SignInContext {
  return {
    endpoints,
    accounts: new AccountRepository('/nonexistent/accounts.json'),
    secrets: new FileSecretStore('/nonexistent/credentials.json'),
  };
}

describe('requireSameEndpoints', () => {
  it('accepts the same endpoints', () => {
    expect(() =>
      requireSameEndpoints(record(simulatorUrl), contextFor(endpointsForBaseUrl(simulatorUrl))),
    ).not.toThrow();
    expect(() =>
      requireSameEndpoints(record(null), contextFor(atlassianCloudEndpoints)),
    ).not.toThrow();
  });

  it('names both and the fix for Cloud', () => {
    expect(() =>
      requireSameEndpoints(record(simulatorUrl), contextFor(atlassianCloudEndpoints)),
    ).toThrow(
      expect.objectContaining({
        code: 'ENDPOINT_MISMATCH',
        message: `The account ada@example.test signed in against ${simulatorUrl}, but Atlassify now sends requests to Atlassian Cloud, so its credentials are not used.`,
        hint: `Set ATLASSIFY_ATLASSIAN_BASE_URL=${simulatorUrl} to use this account, or sign out of it (atlassify logout ada@example.test) and sign in again.`,
      }),
    );
  });

  it('asks to unset the override', () => {
    expect(() =>
      requireSameEndpoints(record(null), contextFor(endpointsForBaseUrl(simulatorUrl))),
    ).toThrow(
      expect.objectContaining({
        message: expect.stringContaining(
          `signed in against Atlassian Cloud, but Atlassify now sends requests to ${simulatorUrl}`,
        ),
        hint: expect.stringMatching(/^Unset ATLASSIFY_ATLASSIAN_BASE_URL to use this account/),
      }),
    );
  });
});
