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
