import type { AccountView, Engine } from '@atlassify/engine';

import { ExitCode, ExitError } from '../exit/exit-error.ts';

/**
 * Finds the account that `--account` names, by id or email (ignoring case). Without the flag, the
 * only signed-in account is used; with several, the flag is required.
 */
export function resolveAccount(engine: Engine, selector: string | undefined): AccountView {
  const { accounts } = engine.snapshot();
  if (accounts.length === 0) {
    throw new ExitError(
      'No account is signed in.',
      ExitCode.usage,
      'Sign in first: atlassify login --api-token --email you@example.com',
    );
  }

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
