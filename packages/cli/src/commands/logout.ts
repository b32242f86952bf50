import type { Command } from 'commander';

import { printLine } from '../print/output.ts';
import { withEngine } from '../runtime/open-engine.ts';
import { resolveAccount } from './account-option.ts';

/** Adds `logout ACCOUNT`: signs out of one account and deletes its secrets. */
export function addLogout(program: Command): void {
  program
    .command('logout <account>')
    .description(
      'sign out of an account, by email or id: deletes its secrets from the keychain (or the plain file) and its record',
    )
    .action((selector: string) =>
      withEngine(async (engine) => {
        const account = resolveAccount(engine, selector);
        await engine.signOut(account.id);
        const store =
          account.credentialStore === 'keychain' ? 'the OS keychain' : 'credentials.json';
        printLine(`Signed out of ${account.email}; its secrets were deleted from ${store}.`);
      }),
    );
}
