import { mkdir } from 'node:fs/promises';

import { ErrorCode, InputError } from '../errors/atlassify-error.ts';

/**
 * Creates the state home (mode 0700) when it is missing. A file in its place or in its path, or a
 * path that cannot be created, fails with INVALID_INPUT naming the path and the fix, so the user
 * corrects `ATLASSIFY_HOME` instead of reading a stack trace.
 */
export async function prepareStateHome(
  home: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const fromVariable = Boolean(env.ATLASSIFY_HOME?.trim());
  const subject = fromVariable ? `ATLASSIFY_HOME ("${home}")` : `The state folder ${home}`;

  try {
    await mkdir(home, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A recursive mkdir succeeds on an existing folder. It fails with EEXIST when the path itself
    // is a file and with ENOTDIR when a file sits in its parent path.
    if (code === 'EEXIST' || code === 'ENOTDIR') {
      throw stateHomeError(
        `${subject} is not a folder: a file is in the way.`,
        fromVariable
          ? 'Point ATLASSIFY_HOME at a folder (it is created when missing), or unset it to use the default folder.'
          : 'Move the file out of the way, or set ATLASSIFY_HOME to another folder.',
        home,
        error,
      );
    }
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw stateHomeError(
        `${subject} cannot be created (${code}).`,
        'Set ATLASSIFY_HOME to a folder you can write to, or fix the permissions.',
        home,
        error,
      );
    }
    throw error;
  }
}

function stateHomeError(message: string, hint: string, home: string, cause: unknown): InputError {
  return new InputError(ErrorCode.invalidInput, message, {
    hint,
    cause,
    details: { path: home },
  });
}
