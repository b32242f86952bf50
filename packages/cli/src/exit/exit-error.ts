/** Exit codes, listed in `atlassify --help`. */
export const ExitCode = {
  ok: 0,
  failure: 1,
  usage: 2,
  signInRequired: 3,
  interrupted: 130,
} as const;

/** A failure the CLI reports as a message and an exit code, without a stack trace. */
export class ExitError extends Error {
  readonly exitCode: number;
  readonly hint: string | undefined;

  constructor(message: string, exitCode: number = ExitCode.failure, hint?: string) {
    super(message);
    this.name = 'ExitError';
    this.exitCode = exitCode;
    this.hint = hint;
  }
}

/** Engine error codes that mean a sign-in is needed: exit code 3. */
const signInCodes = new Set(['SIGN_IN_REQUIRED', 'INVALID_CREDENTIALS']);

/** Engine error codes of bad input or configuration, also where a feed reports them: exit code 2. */
const usageCodes = new Set(['INVALID_INPUT', 'NOTIFICATION_NOT_FOUND', 'ENDPOINT_MISMATCH']);

/**
 * Maps an engine error code to the exit code `--help` lists. `isInputError` is true for errors
 * of the engine's InputError class, which are all caller or configuration mistakes.
 */
export function exitCodeForError(code: string, isInputError = false): number {
  if (signInCodes.has(code)) {
    return ExitCode.signInRequired;
  }
  if (code === 'OAUTH_CANCELLED') {
    return ExitCode.interrupted;
  }
  return isInputError || usageCodes.has(code) ? ExitCode.usage : ExitCode.failure;
}

/** Builds the error of commands that need an account when none is signed in. */
export function noAccountsError(): ExitError {
  return new ExitError(
    'No accounts. Add one with `atlassify login --api-token --email you@example.com` or `atlassify login --oauth`.',
    ExitCode.signInRequired,
  );
}
