import { type AtlassianEndpoints, describeBaseUrl } from '../config/endpoints.ts';
import type { SecretStore } from '../credentials/index.ts';
import { ErrorCode, InputError, StorageError } from '../errors/atlassify-error.ts';
import type { AccountRecord } from './account.ts';
import type { AccountRepository } from './account-repository.ts';

/** Dependencies of sign-in, sign-out and credential lookups. The engine builds one and passes it on. */
export interface SignInContext {
  endpoints: AtlassianEndpoints;
  accounts: AccountRepository;
  /** Store for new secrets, chosen by `ATLASSIFY_CREDENTIAL_STORE`. */
  secrets: SecretStore;
  /** Maximum time in ms per request to Atlassian; 30 000 by default. */
  requestTimeoutMs?: number;
  /** Wall clock in ms since the Unix epoch; `Date.now` by default. */
  now?: () => number;
  /** True in the demo: new account records are marked `demo`. */
  demo?: boolean;
}

/**
 * Throws ENDPOINT_MISMATCH unless the account signed in against the endpoints in use, so that its
 * secret is never sent to another Atlassian (or to Atlassian Cloud after a test against the
 * simulator). The error names both and the fix.
 */
export function requireSameEndpoints(account: AccountRecord, context: SignInContext): void {
  const current = context.endpoints.baseUrl;
  if (account.atlassianBaseUrl === current) {
    return;
  }

  const fix =
    account.atlassianBaseUrl === null
      ? 'Unset ATLASSIFY_ATLASSIAN_BASE_URL to use this account'
      : `Set ATLASSIFY_ATLASSIAN_BASE_URL=${account.atlassianBaseUrl} to use this account`;
  throw new InputError(
    ErrorCode.endpointMismatch,
    `The account ${account.email} signed in against ${describeBaseUrl(account.atlassianBaseUrl)}, but Atlassify now sends requests to ${describeBaseUrl(current)}, so its credentials are not used.`,
    {
      hint: `${fix}, or sign out of it (atlassify logout ${account.email}) and sign in again.`,
      details: {
        accountId: account.id,
        accountBaseUrl: describeBaseUrl(account.atlassianBaseUrl),
        currentBaseUrl: describeBaseUrl(current),
      },
    },
  );
}

/**
 * Returns the secret store that contains `account`'s secrets. An account saved in the other store
 * fails with CREDENTIAL_STORE_UNAVAILABLE instead of being looked up in the wrong place.
 */
export function secretStoreForAccount(account: AccountRecord, context: SignInContext): SecretStore {
  if (account.credentialStore === context.secrets.kind) {
    return context.secrets;
  }

  throw new StorageError(
    ErrorCode.credentialStoreUnavailable,
    `The account ${account.email} keeps its secrets in the ${account.credentialStore} store, but ATLASSIFY_CREDENTIAL_STORE selects the ${context.secrets.kind} store.`,
    {
      hint: `Set ATLASSIFY_CREDENTIAL_STORE=${account.credentialStore}, or sign in to the account again to move it.`,
      details: { accountId: account.id, store: account.credentialStore },
    },
  );
}
