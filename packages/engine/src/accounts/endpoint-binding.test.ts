import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { endpointsForBaseUrl } from '../config/endpoints.ts';
import { FileSecretStore } from '../credentials/index.ts';
import { createEngine } from '../engine/create-engine.ts';
import type { Engine } from '../engine/engine.ts';
import { createLogger } from '../log/logger.ts';

/** Starts an HTTP server on 127.0.0.1 that responds with 500 and records every request. */
async function startCanary(): Promise<{
  url: string;
  requests: IncomingMessage[];
  server: Server;
}> {
  const requests: IncomingMessage[] = [];
  const server = createServer((request, response) => {
    requests.push(request);
    response.writeHead(500).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, requests, server };
}

let simulator: RunningSimulator;
let home: string;
const cleanups: (() => Promise<void>)[] = [];

beforeEach(async () => {
  simulator = await startSimulator({ port: 0 });
  home = await mkdtemp(join(tmpdir(), 'atlassify-endpoints-'));
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) {
    await cleanup();
  }
  await simulator.close();
  await rm(home, { recursive: true, force: true });
});

async function engineAt(baseUrl: string): Promise<Engine> {
  const engine = await createEngine({
    home,
    endpoints: endpointsForBaseUrl(baseUrl),
    secrets: new FileSecretStore(join(home, 'credentials.json')),
    logger: createLogger({ level: 'silent' }),
    env: {},
  });
  cleanups.push(() => engine.stop());
  return engine;
}

describe('account endpoints', () => {
  it('stores the base URL at sign-in', async () => {
    const engine = await engineAt(simulator.url);

    await engine.signInWithApiToken({
      email: simulator.options.userEmail,
      token: simulator.options.apiToken,
    });

    await engine.refresh();

    const [account] = engine.snapshot().accounts;
    expect(account?.email).toBe(simulator.options.userEmail);
    expect(engine.snapshot().feeds[0]?.status).toBe('ok');
    const stored = JSON.parse(await readFile(join(home, 'accounts.json'), 'utf8'));
    expect(stored.accounts[0].atlassianBaseUrl).toBe(simulator.url);
  });

  it('never sends credentials elsewhere', async () => {
    const signIn = await engineAt(simulator.url);
    await signIn.signInWithApiToken({
      email: simulator.options.userEmail,
      token: simulator.options.apiToken,
    });
    await signIn.refresh();
    await signIn.stop();
    const canary = await startCanary();
    cleanups.push(() => new Promise((resolve) => canary.server.close(() => resolve())));
    simulator.control.clearRequests();

    const elsewhere = await engineAt(canary.url);
    await elsewhere.refresh();
    const failure = await elsewhere.markRead(['any-id']).catch((error: unknown) => error);

    const feed = elsewhere.snapshot().feeds[0];
    expect(feed?.status).toBe('error');
    expect(feed?.error?.code).toBe('ENDPOINT_MISMATCH');
    expect(feed?.error?.message).toContain(`signed in against ${simulator.url}`);
    expect(feed?.error?.message).toContain(`sends requests to ${canary.url}`);
    expect(feed?.error?.hint).toContain(`ATLASSIFY_ATLASSIAN_BASE_URL=${simulator.url}`);
    expect(failure).toMatchObject({ code: 'ENDPOINT_MISMATCH' });
    expect(canary.requests).toEqual([]);
    expect(simulator.control.requests()).toEqual([]);
  });
});
