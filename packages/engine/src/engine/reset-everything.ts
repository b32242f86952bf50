import { rm } from 'node:fs/promises';
import { join } from 'node:path';

import { signOut } from '../accounts/index.ts';
import { secretNames } from '../credentials/index.ts';
import type { Logger } from '../log/logger.ts';
import type { OAuthContext } from '../oauth/index.ts';
import { readSavedClientId } from '../oauth/oauth-settings.ts';
import { statePaths } from '../store/index.ts';

export interface ResetTargets {
  context: OAuthContext;
  /** Forgets an account's added sites. */
  forgetSites: (accountId: string) => Promise<void>;
  /** Puts the engine state's settings and filters back to their defaults. */
  resetSettingsAndFilters: () => void;
  /** Reloads the account list after the sign-outs. */
  reloadAccounts: () => Promise<unknown>;
  /** Removes the launch-at-login entry; absent where the engine has none (the demo). */
  disableLaunchAtLogin?: () => Promise<void>;
  logger: Logger;
}

/**
 * Returns Atlassify to a first start: signs out every account (deleting its keychain entries),
 * deletes the saved OAuth client and its secret, removes the launch-at-login entry, and deletes
 * the settings, filters, added sites and alert state. Stops at the first failure, so a retry finishes the rest.
 */
export async function resetEverything(targets: ResetTargets): Promise<void> {
  const { context, logger } = targets;
  const paths = statePaths(context.stateHome);

  for (const account of await context.accounts.list()) {
    await signOut(account.id, context);
    await targets.forgetSites(account.id);
  }
  await targets.reloadAccounts();

  const clientIds = new Set(
    [
      await readSavedClientId(context.stateHome),
      context.env?.ATLASSIFY_OAUTH_CLIENT_ID?.trim(),
    ].filter((id): id is string => typeof id === 'string' && id !== ''),
  );
  for (const clientId of clientIds) {
    await context.secrets.delete(secretNames.oauthClientSecret(clientId));
  }

  await targets.disableLaunchAtLogin?.();

  for (const file of [
    join(context.stateHome, 'settings.json'),
    paths.oauthSettingsFile,
    join(context.stateHome, 'account-sites.json'),
    join(context.stateHome, 'alerts.json'),
  ]) {
    await rm(file, { force: true });
  }
  targets.resetSettingsAndFilters();
  logger.info('reset everything: accounts signed out, settings and state files deleted');
}
