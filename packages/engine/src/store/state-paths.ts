import { createHash } from 'node:crypto';
import { join } from 'node:path';

/** Locations of the sign-in state files inside the state home (`ATLASSIFY_HOME`). */
export interface StatePaths {
  readonly home: string;
  readonly accountsFile: string;
  /** The explicit plain-text secret store (`ATLASSIFY_CREDENTIAL_STORE=file`). */
  readonly credentialsFile: string;
  readonly oauthSettingsFile: string;
  /** The path whose `.lock` folder serializes token refreshes of one account across processes. */
  refreshLockFile(accountId: string): string;
  /** Names the process whose OAuth sign-in listens on a callback port, while it does. */
  callbackClaimFile(port: number): string;
  /** The running engine's process id, port and launch URL (see `instance/`). */
  readonly instanceFile: string;
}

export function statePaths(home: string): StatePaths {
  return {
    home,
    accountsFile: join(home, 'accounts.json'),
    credentialsFile: join(home, 'credentials.json'),
    oauthSettingsFile: join(home, 'oauth-settings.json'),
    // Account ids contain characters that Windows forbids in file names (`557058:…`), so the lock
    // file is named after a hash of the id.
    refreshLockFile: (accountId) => join(home, 'locks', `refresh-${hashId(accountId)}`),
    callbackClaimFile: (port) => join(home, 'locks', `oauth-callback-${port}.json`),
    instanceFile: join(home, 'instance.json'),
  };
}

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 32);
}
