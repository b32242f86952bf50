import { deleteTokenSet, secretNames } from '../credentials/index.ts';
import type { SignInContext } from './sign-in-context.ts';
import { secretStoreForAccount } from './sign-in-context.ts';

/**
 * Signs out: deletes every secret of the account (API token and both OAuth tokens, whichever
 * exist), then the account record. Throws ACCOUNT_NOT_FOUND for an unknown id. Secrets go first,
 * so a failure leaves the account listed and the user can retry.
 */
export async function signOut(accountId: string, context: SignInContext): Promise<void> {
  const account = await context.accounts.require(accountId);
  const store = secretStoreForAccount(account, context);

  await store.delete(secretNames.apiToken(accountId));
  await deleteTokenSet(store, accountId);
  await context.accounts.remove(accountId);
}
