// Command-line entry of the simulator; `bin/atlassify-simulator.js` runs it through tsx.

import { HELP_TEXT, parseCliArguments } from './cli/arguments.ts';
import { formatBanner, formatRequest } from './cli/banner.ts';
import { SEEDED_SITES } from './data/sites.ts';
import { InvalidOptionError, PortInUseError } from './errors.ts';
import { type RunningSimulator, startSimulator } from './server/start.ts';

async function main(argv: string[]): Promise<void> {
  let command: ReturnType<typeof parseCliArguments>;
  try {
    command = parseCliArguments(argv);
  } catch (error) {
    return failWith(error, 2);
  }
  if (command.kind === 'help') {
    console.log(HELP_TEXT);
    return;
  }

  const onRequest = command.quiet
    ? undefined
    : (entry: Parameters<typeof formatRequest>[0]) => {
        console.log(formatRequest(entry));
      };
  let simulator: RunningSimulator;
  try {
    simulator = await startSimulator({ ...command.options, onRequest });
  } catch (error) {
    if (error instanceof InvalidOptionError) {
      return failWith(error, 2);
    }
    if (error instanceof PortInUseError) {
      return failWith(error, 1);
    }
    throw error;
  }

  // The handlers go in before the banner: a script that stops the simulator as soon as it
  // reads the banner must not meet the default action, which ends the process at once. They
  // stay for the life of the process, so a library's exit hook never finds itself alone.
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      // A second Ctrl-C does not wait for the close.
      if (stopping) {
        process.exit(signal === 'SIGINT' ? 130 : 143);
      }
      stopping = true;
      simulator.close().then(
        () => console.log(`Atlassian Cloud simulator stopped (${signal}).`),
        (error: unknown) => failWith(error, 1),
      );
    });
  }
  console.log(
    formatBanner(
      simulator,
      SEEDED_SITES.map((site) => site.hostName),
    ),
  );
}

function failWith(error: unknown, exitCode: number): void {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = exitCode;
}

await main(process.argv.slice(2));
