import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import { startKeyringSession } from './session.ts';

/** Lists the dbus-daemon processes whose parent is this test process, from /proc. */
async function ownBusDaemons(): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const [state, parent] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (command === 'dbus-daemon' && state !== 'Z' && Number(parent) === process.pid) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

const savedPath = process.env.PATH;
let fakeBin: string | undefined;

afterEach(async () => {
  process.env.PATH = savedPath;
  if (fakeBin) {
    await rm(fakeBin, { recursive: true, force: true });
  }
});

describe('startKeyringSession', () => {
  it('cleans up after a failed start', async () => {
    // A stand-in keyring daemon that exits at once, so the session cannot start.
    fakeBin = await mkdtemp(join(tmpdir(), 'atlassify-fake-keyring-'));
    const daemon = join(fakeBin, 'gnome-keyring-daemon');
    await writeFile(daemon, '#!/bin/sh\nexit 1\n');
    await chmod(daemon, 0o755);
    process.env.PATH = `${fakeBin}:${savedPath}`;
    const busAddressBefore = process.env.DBUS_SESSION_BUS_ADDRESS;
    const homeBefore = process.env.HOME;

    const failure = await startKeyringSession('unlocked').catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(Error);
    expect(String(failure)).toContain('gnome-keyring-daemon ended');
    expect(await ownBusDaemons()).toEqual([]);
    expect(process.env.DBUS_SESSION_BUS_ADDRESS).toBe(busAddressBefore);
    expect(process.env.HOME).toBe(homeBefore);
  });
});
