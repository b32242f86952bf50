import { CommanderError } from 'commander';

import { ExitCode } from './exit/exit-error.ts';
import { ignoreClosedPipes, reportError } from './print/output.ts';
import { createProgram } from './program.ts';

async function main(argv: string[]): Promise<number> {
  try {
    await createProgram().parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander already printed the message or the help text.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.usage;
    }
    return reportError(error);
  }
}

/**
 * Waits until everything written to standard output and error has been handed to the OS. A pipe
 * whose reader is slow queues writes, and `process.exit` would drop what is still queued.
 */
async function flushOutput(): Promise<void> {
  await Promise.all(
    [process.stdout, process.stderr].map(
      (stream) => new Promise<void>((resolve) => stream.write('', () => resolve())),
    ),
  );
}

ignoreClosedPipes();
const exitCode = await main(process.argv);
await flushOutput();
process.exit(exitCode);
