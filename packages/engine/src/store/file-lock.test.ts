import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { access, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { withFileLock } from './file-lock.ts';

/** Returns the process id of a process that has exited. */
async function exitedProcessId(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid ?? -1;
}

/** Leaves a lock as a holder with `pid` would: the lock folder and its owner file. */
async function leaveLock(path: string, pid: number): Promise<void> {
  await mkdir(`${path}.lock`, { recursive: true });
  await writeFile(`${path}.lock-owner`, JSON.stringify({ pid, host: hostname() }));
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('withFileLock', () => {
  it('runs holders one at a time', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'atlassify-lock-')), 'locks', 'item');
    const events: string[] = [];
    const holder = (name: string) =>
      withFileLock(path, async () => {
        events.push(`${name} start`);
        await new Promise((resolve) => setTimeout(resolve, 50));
        events.push(`${name} end`);
        return name;
      });

    const results = await Promise.all([holder('a'), holder('b')]);

    expect(results).toEqual(['a', 'b']);
    expect(events[1]).toBe(`${events[0]?.split(' ')[0]} end`);
  });

  it('releases the lock after a failure', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'atlassify-lock-')), 'item');

    await expect(
      withFileLock(path, async () => Promise.reject(new TypeError('boom'))),
    ).rejects.toThrow('boom');

    expect(await withFileLock(path, async () => 'again', { waitMs: 500 })).toBe('again');
  });

  it('takes over the lock of a dead process', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'atlassify-lock-')), 'item');
    await leaveLock(path, await exitedProcessId());

    // The abandoned lock is fresh, so only the owner check can free it within 2 s.
    const result = await withFileLock(path, async () => 'taken over', { waitMs: 2000 });

    expect(result).toBe('taken over');
    expect(await exists(`${path}.lock`)).toBe(false);
    expect(await exists(`${path}.lock-owner`)).toBe(false);
  });

  it('waits for a running holder', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'atlassify-lock-')), 'item');
    await leaveLock(path, process.pid);

    const error = await withFileLock(path, async () => 'never', { waitMs: 300 }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ code: 'STATE_FILE_FAILED' });
    expect(await exists(`${path}.lock-owner`)).toBe(true);
  });

  it('names its holder while running', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'atlassify-lock-')), 'item');

    const owner = await withFileLock(path, async () =>
      JSON.parse(await readFile(`${path}.lock-owner`, 'utf8')),
    );

    expect(owner).toEqual({ pid: process.pid, host: hostname() });
    expect(await exists(`${path}.lock-owner`)).toBe(false);
  });
});
