import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

import { lock } from 'proper-lockfile';

import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';

export interface FileLockOptions {
  /** Maximum time in ms to wait for another holder. Defaults to 60 000. */
  waitMs?: number;
}

/**
 * Runs `action` while holding an inter-process lock on `path` (a `<path>.lock` folder created by
 * proper-lockfile). The file itself need not exist. A holder that died leaves a lock that goes
 * stale after 20 s and is then taken over.
 */
export async function withFileLock<T>(
  path: string,
  action: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const waitMs = options.waitMs ?? 60_000;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });

  let release: () => Promise<void>;
  try {
    release = await lock(path, {
      realpath: false,
      stale: 20_000,
      retries: { retries: Math.ceil(waitMs / 50), factor: 1, minTimeout: 50, maxTimeout: 50 },
      // The default handler throws from a timer and would crash the process. A compromised lock
      // only means another process may run the same action, which the callers tolerate.
      onCompromised: () => {},
    });
  } catch (error) {
    throw new StorageError(
      ErrorCode.stateFileFailed,
      `Could not lock ${path} within ${waitMs} ms.`,
      {
        hint: `Another Atlassify process may be stuck; stop it, or delete ${path}.lock if none runs.`,
        cause: error,
        details: { path },
      },
    );
  }

  try {
    return await action();
  } finally {
    await release().catch(() => {});
  }
}
