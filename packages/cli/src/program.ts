import { Command, InvalidArgumentError, Option } from 'commander';
import { addAutostartCommand } from './commands/autostart.ts';
import { loginWithApiToken, loginWithOAuth } from './commands/login.ts';
import { addLogout } from './commands/logout.ts';
import { addNotificationCommands } from './commands/notification-commands.ts';
import { addSettingsCommands } from './commands/settings-commands.ts';
import { addSiteCommands } from './commands/site-commands.ts';
import { startCommand } from './commands/start.ts';
import { ExitCode, ExitError } from './exit/exit-error.ts';
import { printAccounts } from './print/accounts.ts';
import { printError, printJson, printLine } from './print/output.ts';
import { withEngine } from './runtime/open-engine.ts';
import { cliVersion } from './version.ts';

const exitCodesHelp = `
Exit codes:
  0    success
  1    failure (network, Atlassian, storage)
  2    invalid usage or input: a bad flag or value, an unknown id, an account that belongs to
       another ATLASSIFY_ATLASSIAN_BASE_URL
  3    sign-in required: no account yet, or Atlassian rejected the credentials
  130  interrupted`;

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new InvalidArgumentError(
      `"${value}" is not a port; use 0 to 65535 (0 picks a free port).`,
    );
  }
  return port;
}

function addStart(program: Command): void {
  program
    .command('start')
    .description('run Atlassify and open its window')
    .option(
      '--demo',
      'run against the built-in Atlassian Cloud simulator, in its own state folder',
      false,
    )
    .option('--no-open', 'print the URL without opening a window')
    .option(
      '--open-if-no-tray',
      'with --no-open, open the window when no tray icon can be shown (used at login)',
      false,
    )
    .option('--no-tray', 'do not show a tray icon')
    .option(
      '--port <n>',
      'port for the app window on 127.0.0.1 (0 picks a free port)',
      parsePort,
      0,
    )
    .addHelpText(
      'after',
      '\nOne engine serves a state folder: when one already runs, `start` opens a window on it (or\nprints its URL with --no-open) and exits.',
    )
    .action(
      (options: {
        demo: boolean;
        open: boolean;
        openIfNoTray: boolean;
        tray: boolean;
        port: number;
      }) => startCommand(options),
    );
}

function addLogin(program: Command): void {
  program
    .command('login')
    .description('add an Atlassian account')
    .addOption(
      new Option(
        '--api-token',
        'sign in with an email and API token (token from ATLASSIFY_API_TOKEN or stdin)',
      ).conflicts('oauth'),
    )
    .option('--email <email>', 'Atlassian account email, with --api-token')
    .addOption(new Option('--oauth', 'sign in with Atlassian in the browser (OAuth 2.0)'))
    .option(
      '--client-id <id>',
      'OAuth client id (else ATLASSIFY_OAUTH_CLIENT_ID or saved settings)',
    )
    .option('--no-browser', 'do not open a browser; paste the redirected URL instead')
    .action(
      async (options: {
        apiToken?: boolean;
        oauth?: boolean;
        email?: string;
        clientId?: string;
        browser: boolean;
      }) => {
        if (!options.apiToken && !options.oauth) {
          throw new ExitError('Choose a sign-in method: --api-token or --oauth.', ExitCode.usage);
        }
        await withEngine(async (engine) => {
          const account = options.apiToken
            ? await loginWithApiToken(engine, { email: options.email })
            : await loginWithOAuth(engine, {
                clientId: options.clientId,
                browser: options.browser,
              });
          printLine(`Signed in as ${account.name} <${account.email}> (${account.authMethod}).`);
          if (account.credentialStore === 'file' && !account.demo) {
            printError(
              'Warning: the secrets of this account are in a plain-text file (credentials.json, mode 0600), not the OS keychain, because ATLASSIFY_CREDENTIAL_STORE=file is set.',
            );
          }
          if (account.status === 'notifications-unavailable') {
            printError(
              'Atlassian rejected this OAuth token on its notifications API. Add an API token for the same account: atlassify login --api-token --email ' +
                account.email,
            );
          }
        });
      },
    );
}

function addReadCommands(program: Command): void {
  program
    .command('accounts')
    .description('list signed-in accounts')
    .option('--json', 'print JSON', false)
    .action((options: { json: boolean }) =>
      withEngine(async (engine) => {
        const { accounts } = engine.snapshot();
        options.json ? printJson(accounts) : printAccounts(accounts);
      }),
    );
}

/** Builds the `atlassify` command line. */
export function createProgram(): Command {
  const program = new Command('atlassify')
    .description('Atlassian Cloud notifications on your desktop')
    .version(cliVersion, '-V, --version', 'print the version')
    .addHelpText('after', exitCodesHelp)
    .showHelpAfterError()
    .exitOverride();

  addStart(program);
  addLogin(program);
  addLogout(program);
  addReadCommands(program);
  addNotificationCommands(program);
  addSiteCommands(program);
  addSettingsCommands(program);
  addAutostartCommand(program);
  return program;
}
