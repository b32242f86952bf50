import { isAtlassifyError } from '@atlassify/engine';

import { ExitCode, ExitError } from '../exit/exit-error.ts';

/** Writes a line to standard output. Commands print results here and nothing else. */
export function printLine(line = ''): void {
  process.stdout.write(`${line}\n`);
}

/** Writes a line to standard error, for progress and errors. */
export function printError(line: string): void {
  process.stderr.write(`${line}\n`);
}

export function printJson(value: unknown): void {
  printLine(JSON.stringify(value, null, 2));
}

const signInCodes = new Set(['SIGN_IN_REQUIRED', 'INVALID_CREDENTIALS']);

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
    if (error.hint) {
      printError(error.hint);
    }
    if (signInCodes.has(error.code)) {
      return ExitCode.signInRequired;
    }
    if (error.code === 'OAUTH_CANCELLED') {
      return ExitCode.interrupted;
    }
    return error.code === 'INVALID_INPUT' ? ExitCode.usage : ExitCode.failure;
  }

  printError(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
  printError(
    'This is a bug in Atlassify. Run again with ATLASSIFY_LOG_LEVEL=debug and report what it prints.',
  );
  return ExitCode.failure;
}
