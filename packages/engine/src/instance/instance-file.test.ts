import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { claimInstance, probeLaunchUrl, readInstanceRecord } from './instance-file.ts';

let home: string;
const servers: Server[] = [];

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'atlassify-instance-'));
});

afterEach(async () => {
  for (const server of servers.splice(0)) {
    await new Promise((resolve) => server.close(resolve));
  }
  await rm(home, { recursive: true, force: true });
});

/** Starts a stand-in engine server that accepts only `token` on its launch URL, as the real one does. */
async function launchServer(token: string): Promise<{ port: number; launchUrl: string }> {
  const server = createServer((request, response) => {
    const accepted = request.url === `/?launch=${token}`;
    response.writeHead(accepted ? 303 : 401, accepted ? { location: '/' } : {}).end();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, launchUrl: `http://127.0.0.1:${port}/?launch=${token}` };
}

/** Returns the id of a process that has exited, so it no longer runs. */
async function exitedPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await once(child, 'exit');
  return child.pid ?? 0;
}

async function writeRecord(record: object): Promise<void> {
  await writeFile(join(home, 'instance.json'), JSON.stringify({ version: 1, ...record }));
}

describe('claimInstance', () => {
  it('claims a home without an engine', async () => {
    const claimed = await claimInstance(home);

    expect(claimed.kind).toBe('claimed');
    expect(await readInstanceRecord(home)).toMatchObject({ state: 'starting', pid: process.pid });
    expect((await stat(join(home, 'instance.json'))).mode & 0o777).toBe(0o600);
  });

  it('records the running server', async () => {
    const claimed = await claimInstance(home);
    if (claimed.kind !== 'claimed') {
      throw new Error('expected a claim');
    }
    const server = await launchServer('token-1');

    await claimed.claim.markRunning(server);

    expect(await readInstanceRecord(home)).toMatchObject({
      state: 'running',
      pid: process.pid,
      port: server.port,
      launchUrl: server.launchUrl,
    });
    await claimed.claim.release();
    expect(await readInstanceRecord(home)).toBeNull();
  });

  it('finds a running engine', async () => {
    const server = await launchServer('token-2');
    // The parent of this test process plays the running engine, because it runs and is not this process.
    await writeRecord({ state: 'running', pid: process.ppid, startedAt: 'now', ...server });

    const claimed = await claimInstance(home);

    expect(claimed).toEqual({
      kind: 'running',
      instance: expect.objectContaining({ pid: process.ppid, launchUrl: server.launchUrl }),
    });
  });

  it('replaces the entry of an exited process', async () => {
    const server = await launchServer('token-3');
    await writeRecord({ state: 'running', pid: await exitedPid(), startedAt: 'now', ...server });

    const claimed = await claimInstance(home);

    expect(claimed.kind).toBe('claimed');
    expect(await readInstanceRecord(home)).toMatchObject({ state: 'starting', pid: process.pid });
  });

  it('replaces an entry whose server does not answer', async () => {
    const server = await launchServer('token-4');
    await writeRecord({
      state: 'running',
      pid: process.ppid,
      startedAt: 'now',
      port: server.port,
      launchUrl: `http://127.0.0.1:${server.port}/?launch=another-token`,
    });

    const claimed = await claimInstance(home);

    expect(claimed.kind).toBe('claimed');
  });

  it('replaces a corrupt file', async () => {
    await writeFile(join(home, 'instance.json'), '{ not json');

    expect((await claimInstance(home)).kind).toBe('claimed');
  });

  it('waits for a starting engine', async () => {
    await writeRecord({ state: 'starting', pid: process.ppid, startedAt: 'now' });
    const server = await launchServer('token-5');
    const running = {
      version: 1,
      state: 'running',
      pid: process.ppid,
      startedAt: 'now',
      ...server,
    };
    let checks = 0;

    // The other engine reports running only after the claim has seen it starting.
    const claimed = await claimInstance(home, {
      isRunning: (pid) => {
        checks += 1;
        if (checks === 1) {
          writeFileSync(join(home, 'instance.json'), JSON.stringify(running));
        }
        return pid === process.ppid;
      },
    });

    expect(checks).toBe(2);
    expect(claimed).toMatchObject({ kind: 'running', instance: { launchUrl: server.launchUrl } });
  });

  it('gives up on an engine that stays starting', async () => {
    await writeRecord({ state: 'starting', pid: process.ppid, startedAt: 'now' });

    const error = await claimInstance(home, { waitForStartMs: 0 }).catch((caught) => caught);

    expect(error).toMatchObject({ details: { pid: process.ppid } });
    expect(String(error.message)).toContain(`process ${process.ppid}`);
    expect(await readFile(join(home, 'instance.json'), 'utf8')).toContain('"starting"');
  });
});

describe('probeLaunchUrl', () => {
  it('rejects a closed port', async () => {
    const server = await launchServer('token-6');
    const closed = servers.pop();
    await new Promise((resolve) => closed?.close(resolve));

    expect(await probeLaunchUrl({ state: 'running', pid: 1, startedAt: 'now', ...server })).toBe(
      false,
    );
  });
});
