import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { LaunchCommand } from '@atlassify/engine';

/** The `atlassify` program: the file that `npx atlassify` and `npm start` run. */
export const cliBinPath = fileURLToPath(new URL('../../bin/atlassify.js', import.meta.url));

/**
 * Variables carried into the launch-at-login entry when set, because they choose where state
 * and secrets live and which Atlassian Cloud the accounts belong to: without them, the engine at
 * login would open another state folder or store, or ask another service. Secrets, such as an
 * OAuth client secret, are never carried: the entry is a plain file.
 */
const carriedVariables = [
  'ATLASSIFY_HOME',
  'ATLASSIFY_CREDENTIAL_STORE',
  'ATLASSIFY_ATLASSIAN_BASE_URL',
] as const;

/**
 * Builds the command that starts Atlassify at login: this Node.js binary and the CLI, both by absolute
 * path, so no PATH lookup is needed at login. `--no-open` starts it quietly behind its tray icon,
 * and `--open-if-no-tray` opens the window when no tray icon can be shown, so it never runs
 * unseen.
 */
export function loginLaunchCommand(env: NodeJS.ProcessEnv = process.env): LaunchCommand {
  const carried: Record<string, string> = {};
  for (const name of carriedVariables) {
    const value = env[name]?.trim();
    if (value) {
      // A relative state folder would be resolved against the login session's folder.
      carried[name] = name === 'ATLASSIFY_HOME' ? resolve(value) : value;
    }
  }
  return {
    program: process.execPath,
    args: [cliBinPath, 'start', '--no-open', '--open-if-no-tray'],
    env: carried,
  };
}
