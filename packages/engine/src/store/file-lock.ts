import { randomBytes } from 'node:crypto';
import { link, mkdir, readFile, rename, rmdir, unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { lock } from 'proper-lockfile';

import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';
import { isProcessRunning } from './process-id.ts';

export interface FileLockOptions {
  /** Maximum time in ms to wait for another holder. Defaults to 60 000. */
  waitMs?: number;
}

/** A holder that stops refreshing the lock's mtime for this long counts as gone. */
const staleMs = 20_000;
const retryDelayMs = 50;

interface LockOwner {
  pid: number;
  host: string;
}

/**
 * Runs `action` while holding an inter-process lock on `path` (a `<path>.lock` folder created by
 * proper-lockfile). The file itself need not exist. The holder's process id is written to
 * `<path>.lock-owner`, so a lock left by a process on this host that no longer runs (killed in
 * the middle of the action) is taken over at once. Any other abandoned lock goes stale after
 * 20 s without an mtime update and is then taken over.
 */
export async function withFileLock<T>(
  path: string,
  action: () => Promise<T>,
  options: FileLockOptions = {},
): Promise<T> {
  const waitMs = options.waitMs ?? 60_000;
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });

  const release = await acquire(path, waitMs);
  const ownerFile = ownerFileOf(path);
  try {
    await writeFile(ownerFile, JSON.stringify({ pid: process.pid, host: hostname() }), {
      mode: 0o600,
    });
    return await action();
  } finally {
    await unlink(ownerFile).catch(() => {});
    await release().catch(() => {});
  }
}

async function acquire(path: string, waitMs: number): Promise<() => Promise<void>> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      return await lock(path, {
        realpath: false,
        stale: staleMs,
        retries: 0,
        // The default handler throws from a timer and would crash the process. A compromised lock
        // only means another process may run the same action, which the callers tolerate.
        onCompromised: () => {},
      });
    } catch (error) {
      if (!isHeldElsewhere(error) || Date.now() >= deadline) {
        throw lockError(path, waitMs, error);
      }
    }
    if (!(await removeLockOfDeadOwner(path))) {
      await delay(retryDelayMs);
    }
  }
}

/**
 * Removes the lock when its owner file names a process on this host that no longer runs, and
 * returns whether it did. Renaming the owner file claims the takeover, and only one process can
 * rename it, so two waiters never both remove the lock. A claimed file that names another owner
 * than the one read, because the lock changed hands meanwhile, is put back.
 */
async function removeLockOfDeadOwner(path: string): Promise<boolean> {
  const ownerFile = ownerFileOf(path);
  const owner = await readOwner(ownerFile);
  if (owner === null || owner.host !== hostname() || isProcessRunning(owner.pid)) {
    return false;
  }

  const claim = `${ownerFile}.claim-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await rename(ownerFile, claim);
  } catch {
    return false;
  }

  const claimed = await readOwner(claim);
  if (claimed?.pid !== owner.pid || claimed.host !== owner.host) {
    // link fails when a new owner file exists already, which then stays.
    await link(claim, ownerFile).catch(() => {});
    await unlink(claim).catch(() => {});
    return false;
  }

  // NOTE: when proper-lockfile's stale takeover (20 s without an mtime update) takes the lock at
  // the same moment, the rmdir below can remove that new lock. Callers tolerate a second holder,
  // because they re-read the stored state inside the lock.
  await rmdir(`${path}.lock`).catch(() => {});
  await unlink(claim).catch(() => {});
  return true;
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'pid' in parsed &&
      'host' in parsed &&
      Number.isInteger(parsed.pid) &&
      typeof parsed.host === 'string'
    ) {
      return { pid: parsed.pid as number, host: parsed.host };
    }
    return null;
  } catch {
    return null;
  }
}

function ownerFileOf(path: string): string {
  return `${path}.lock-owner`;
}

function isHeldElsewhere(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ELOCKED';
}

function lockError(path: string, waitMs: number, error: unknown): StorageError {
  return new StorageError(
    ErrorCode.stateFileFailed,
    `Could not lock ${path} within ${waitMs} ms.`,
    {
      hint: `Another Atlassify process may be stuck; stop it, or delete ${path}.lock if none runs.`,
      cause: error,
      details: { path },
    },
  );
}
