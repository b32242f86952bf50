import { CommanderError } from 'commander';

import { ExitCode } from './exit/exit-error.ts';
import { reportError } from './print/output.ts';
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

process.exit(await main(process.argv));
