import { describe, expect, it } from 'vitest';

import type {
  AtlassianCredential,
  CredentialProvider,
} from '../credentials/atlassian-credential.ts';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import { withCredential } from './with-credential.ts';

const first: AtlassianCredential = {
  kind: 'bearer',
  authorization: 'Bearer one',
  graphqlUrl: 'http://127.0.0.1/graphql',
};
const second: AtlassianCredential = { ...first, authorization: 'Bearer two' };

/** Creates a provider that returns `first`, then `second` after a 401, and counts refreshes. */
function countingProvider(): CredentialProvider & { refreshes: AtlassianCredential[] } {
  const refreshes: AtlassianCredential[] = [];
  return {
    refreshes,
    getCredential: async () => first,
    refreshAfterUnauthorized: async (_accountId, rejected) => {
      refreshes.push(rejected);
      return second;
    },
  };
}

function remote(code: RemoteError['code'], status: number): RemoteError {
  return new RemoteError(code, `HTTP ${status}`, { details: { status } });
}

describe('withCredential', () => {
  it('retries once after a 401', async () => {
    const provider = countingProvider();
    const used: string[] = [];

    const result = await withCredential(provider, 'acc-1', async (credential) => {
      used.push(credential.authorization);
      if (credential === first) {
        throw remote(ErrorCode.invalidCredentials, 401);
      }
      return 'ok';
    });

    expect(result).toBe('ok');
    expect(used).toEqual(['Bearer one', 'Bearer two']);
    expect(provider.refreshes).toEqual([first]);
  });

  it('throws a second 401', async () => {
    const provider = countingProvider();
    let calls = 0;

    const pending = withCredential(provider, 'acc-1', async () => {
      calls += 1;
      throw remote(ErrorCode.invalidCredentials, 401);
    });

    await expect(pending).rejects.toMatchObject({ code: ErrorCode.invalidCredentials });
    expect(calls).toBe(2);
    expect(provider.refreshes).toHaveLength(1);
  });

  it('does not refresh after a 403', async () => {
    const provider = countingProvider();

    const pending = withCredential(provider, 'acc-1', async () => {
      throw remote(ErrorCode.invalidCredentials, 403);
    });

    await expect(pending).rejects.toMatchObject({ details: { status: 403 } });
    expect(provider.refreshes).toHaveLength(0);
  });

  it('passes on the provider sign-in error', async () => {
    const signInRequired = new RemoteError(ErrorCode.signInRequired, 'Sign in again.');
    const provider: CredentialProvider = {
      getCredential: async () => first,
      refreshAfterUnauthorized: async () => {
        throw signInRequired;
      },
    };

    const pending = withCredential(provider, 'acc-1', async () => {
      throw remote(ErrorCode.invalidCredentials, 401);
    });

    await expect(pending).rejects.toBe(signInRequired);
  });
});
