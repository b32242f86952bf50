import { parseArgs } from 'node:util';
import { InvalidOptionError } from '../errors.ts';
import type { SimulatorOptions } from '../server/options.ts';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'start'; options: SimulatorOptions; quiet: boolean };

export const HELP_TEXT = `Usage: atlassify-simulator [flags]

Runs a simulated Atlassian Cloud (OAuth, identity, notifications GraphQL, Jira projects) on
127.0.0.1. Every credential it prints is a fake for local testing.

Flags:
  --port N                      TCP port to listen on; 0 picks a free port (default 0)
  --user-email EMAIL            email of the demo account (default demo@atlassify.test)
  --api-token TOKEN             API token of the demo account (default demo-api-token)
  --client-id ID                OAuth client id (default atlassify-demo-client)
  --client-secret SECRET        OAuth client secret (default atlassify-demo-secret)
  --callback-url URL            the OAuth app's registered callback URL, matched exactly
                                (default http://localhost:3000/callback)
  --auto-consent                approve /authorize at once, without the consent page
  --access-token-ttl SECONDS    lifetime of OAuth access tokens (default 3600)
  --refuse-oauth-notifications  reject OAuth access tokens on the notifications fields
  --quiet                       do not print a line per handled request
  --help                        show this help

Exit codes: 0 after a clean stop, 1 when the port is in use, 2 for an invalid flag.`;

const FLAGS = {
  port: { type: 'string' },
  'user-email': { type: 'string' },
  'api-token': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'callback-url': { type: 'string' },
  'auto-consent': { type: 'boolean' },
  'access-token-ttl': { type: 'string' },
  'refuse-oauth-notifications': { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Parses the command line. Throws `InvalidOptionError` naming the bad flag or value. */
export function parseCliArguments(argv: string[]): CliCommand {
  let values: ReturnType<typeof parseArgs<{ options: typeof FLAGS }>>['values'];
  try {
    ({ values } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: false }));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new InvalidOptionError(`${message} Run atlassify-simulator --help to see the flags.`);
  }
  if (values.help) {
    return { kind: 'help' };
  }

  return {
    kind: 'start',
    quiet: values.quiet ?? false,
    options: {
      port: parseWholeNumber('--port', values.port, 'a port from 0 to 65535 (0 picks a free port)'),
      userEmail: values['user-email'],
      apiToken: values['api-token'],
      clientId: values['client-id'],
      clientSecret: values['client-secret'],
      callbackUrl: values['callback-url'],
      autoConsent: values['auto-consent'],
      accessTokenTtlSeconds: parseWholeNumber(
        '--access-token-ttl',
        values['access-token-ttl'],
        'a whole number of seconds such as 3600',
      ),
      refuseOAuthNotifications: values['refuse-oauth-notifications'],
    },
  };
}

function parseWholeNumber(
  flag: string,
  value: string | undefined,
  expected: string,
): number | undefined {
  if (value === undefined) {
    return undefined;
  }
  if (!/^\d+$/.test(value)) {
    throw new InvalidOptionError(`${flag} "${value}" is not a whole number; use ${expected}.`);
  }
  return Number(value);
}
