import type { AtlassianEndpoints } from '../config/endpoints.ts';
import type { SecretStore } from '../credentials/index.ts';
import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';
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
