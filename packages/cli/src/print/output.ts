import { InputError, isAtlassifyError } from '@atlassify/engine';

import { ExitError, exitCodeForError } from '../exit/exit-error.ts';

/** Streams whose reader has closed the pipe, such as stdout in `atlassify notifications | head`. */
const closedStreams = new Set<NodeJS.WriteStream>();

/**
 * Makes a closed output pipe stop further writes to that stream instead of raising an uncaught
 * `write EPIPE`. The command still runs to its end, so the engine stops cleanly, and keeps its
 * exit code. Other write errors are raised as before.
 */
export function ignoreClosedPipes(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') {
        throw error;
      }
      closedStreams.add(stream);
    });
  }
}

/** Writes a line to standard output. Commands print results here and nothing else. */
export function printLine(line = ''): void {
  if (!closedStreams.has(process.stdout)) {
    process.stdout.write(`${line}\n`);
  }
}

/** Writes a line to standard error, for progress and errors. */
export function printError(line: string): void {
  if (!closedStreams.has(process.stderr)) {
    process.stderr.write(`${line}\n`);
  }
}

export function printJson(value: unknown): void {
  printLine(JSON.stringify(value, null, 2));
}

/** The parts of an engine error or `ApiError` that a hint depends on. */
interface HintSource {
  code: string;
  hint?: string | undefined;
  details?: Record<string, string | number | boolean | undefined> | undefined;
}

/**
 * Returns the hint to print for an engine error. The engine's hints for network, server and
 * rate-limit failures promise that it tries again on the next poll, which a command that runs
 * once does not do, so those are replaced by what the user can do.
 */
export function commandHint(error: HintSource): string | undefined {
  switch (error.code) {
    case 'NETWORK':
      return 'Check the network connection, proxy or VPN, then run the command again.';
    case 'SERVER_ERROR':
      return 'Atlassian may be having an outage; run the command again in a few minutes.';
    case 'RATE_LIMITED': {
      const seconds = error.details?.retryAfterSeconds ?? error.details?.retryAfter;
      return seconds === undefined
        ? 'Wait a minute, then run the command again.'
        : `Wait ${seconds} seconds, then run the command again.`;
    }
    default:
      return error.hint;
  }
}

/** Prints a thrown value as `Error: message` plus its next step, and returns the exit code. */
export function reportError(error: unknown): number {
  if (error instanceof ExitError) {
    printError(`Error: ${error.message}`);
    if (error.hint) {
      printError(error.hint);
    }
    return error.exitCode;
  }

  if (isAtlassifyError(error)) {
    printError(`Error: ${error.message}`);
    const hint = commandHint(error);
    if (hint) {
      printError(hint);
    }
    return exitCodeForError(error.code, error instanceof InputError);
  }

  printError(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
  printError(
    'This is a bug in Atlassify. Run again with ATLASSIFY_LOG_LEVEL=debug and report what it prints.',
  );
  return exitCodeForError('INTERNAL');
}
