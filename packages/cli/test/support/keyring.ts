import { runCommand } from '../../../../test/e2e/harness/processes.ts';
import type { SessionEnv } from '../../../../test/e2e/harness/session-bus.ts';

/** Lists the `username` attribute of each keyring item of the service, by `secret-tool search --all`. */
export async function keyringUsernames(env: SessionEnv, service = 'atlassify'): Promise<string[]> {
  const search = await runCommand('secret-tool', ['search', '--all', 'service', service], { env });
  // secret-tool prints the attributes on stderr and the label and secret on stdout.
  return [...search.stderr.matchAll(/^attribute\.username = (.+)$/gm)].map(
    (match) => match[1] ?? '',
  );
}

/** Looks up one keyring entry's value for a comparison. Tests must not print it. */
export async function keyringValue(
  env: SessionEnv,
  username: string,
  service = 'atlassify',
): Promise<string> {
  const lookup = await runCommand(
    'secret-tool',
    ['lookup', 'service', service, 'username', username],
    { env },
  );
  // Drops the line break that secret-tool may print after the value.
  return lookup.stdout.replace(/\n$/, '');
}
