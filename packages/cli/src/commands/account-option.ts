import type { AccountView, Engine } from '@atlassify/engine';

import { ExitCode, ExitError, noAccountsError } from '../exit/exit-error.ts';

/** Returns the snapshot, or throws the "No accounts" error (exit code 3) when there is none. */
export function requireAccounts(engine: Engine): ReturnType<Engine['snapshot']> {
  const snapshot = engine.snapshot();
  if (snapshot.accounts.length === 0) {
    throw noAccountsError();
  }
  return snapshot;
}

/**
 * Finds the account that `--account` names, by id or email (ignoring case). Without the flag, the
 * only signed-in account is used; with several, the flag is required. Without any account it
 * throws the "No accounts" error.
 */
export function resolveAccount(engine: Engine, selector: string | undefined): AccountView {
  const { accounts } = requireAccounts(engine);

  if (selector === undefined) {
    const [only] = accounts;
    if (accounts.length === 1 && only) {
      return only;
    }
    throw new ExitError(
      `${accounts.length} accounts are signed in; choose one with --account.`,
      ExitCode.usage,
      `Accounts: ${accounts.map((account) => account.email).join(', ')}`,
    );
  }

  const wanted = selector.trim().toLowerCase();
  const found = accounts.find(
    (account) => account.id === selector.trim() || account.email.toLowerCase() === wanted,
  );
  if (!found) {
    throw new ExitError(
      `No signed-in account has the email or id "${selector}".`,
      ExitCode.usage,
      `Accounts: ${accounts.map((account) => account.email).join(', ')}`,
    );
  }
  return found;
}
