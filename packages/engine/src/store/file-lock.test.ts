import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';

import { withFileLock } from './file-lock.ts';

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
});
