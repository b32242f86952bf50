import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';

import { type RunningSimulator, type SimulatorOptions, startSimulator } from '@atlassify/simulator';

import { makeTestHome, type TestHome } from '../../../../test/e2e/harness/dirs.ts';
import { freePort } from '../../../../test/e2e/harness/ports.ts';
import {
  type SessionWithKeyring,
  startSessionWithKeyring,
} from '../../../../test/e2e/harness/session-bus.ts';

/** Registers teardown. Inside concurrent tests, pass the test context's `onTestFinished`. */
export type Teardown = (cleanup: () => Promise<void> | void) => void;

/**
 * Collects the teardown of a `beforeAll` setup. Call `run` in `afterAll`. It undoes the steps
 * newest first, so processes stop before their folders are deleted.
 */
export function collectTeardown(): { teardown: Teardown; run(): Promise<void> } {
  const cleanups: (() => Promise<void> | void)[] = [];
  return {
    teardown: (cleanup) => {
      cleanups.push(cleanup);
    },
    run: async () => {
      for (const cleanup of cleanups.splice(0).reverse()) {
        await cleanup();
      }
    },
  };
}

/** Creates a test home that is deleted when the test finishes. */
export async function useHome(name: string, teardown: Teardown): Promise<TestHome> {
  const home = await makeTestHome(name);
  teardown(() => home.remove());
  return home;
}

/** Creates a test home with a private session bus and an unlocked keyring, all removed at the end. */
export async function useHomeWithKeyring(
  name: string,
  teardown: Teardown,
): Promise<{ home: TestHome; session: SessionWithKeyring }> {
  const home = await makeTestHome(name);
  const session = await startSessionWithKeyring({ home }).catch(async (error: unknown) => {
    await home.remove();
    throw error;
  });
  // One hook, so the daemons stop before their folder goes away.
  teardown(async () => {
    await session.stop();
    await home.remove();
  });
  return { home, session };
}

/** Starts an in-process simulator on a free port and closes it when the test finishes. */
export async function useSimulator(
  teardown: Teardown,
  options: SimulatorOptions = {},
): Promise<RunningSimulator> {
  const simulator = await startSimulator({ port: 0, ...options });
  teardown(() => simulator.close());
  return simulator;
}

/**
 * Starts a simulator whose consent page approves at once and whose registered callback URL is
 * `http://localhost:PORT/callback` on a port that was free a moment ago.
 */
export async function useOAuthSimulator(
  teardown: Teardown,
  options: SimulatorOptions = {},
): Promise<{ simulator: RunningSimulator; callbackUrl: string; callbackPort: number }> {
  const callbackPort = await freePort();
  const callbackUrl = `http://localhost:${callbackPort}/callback`;
  const simulator = await useSimulator(teardown, { autoConsent: true, callbackUrl, ...options });
  return { simulator, callbackUrl, callbackPort };
}

/**
 * Returns the test home's variables and a session bus address where nothing listens, so a child
 * never reaches the developer's keyring or desktop by accident.
 */
export function isolatedEnv(home: TestHome): NodeJS.ProcessEnv {
  return {
    ...home.env,
    DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(home.root, 'no-session-bus')}`,
  };
}

/** Returns the variables for a CLI run against `baseUrl` with the plain-file secret store. */
export function cliEnv(
  home: TestHome,
  baseUrl: string,
  extra: NodeJS.ProcessEnv = {},
): NodeJS.ProcessEnv {
  return {
    ...isolatedEnv(home),
    ATLASSIFY_ATLASSIAN_BASE_URL: baseUrl,
    ATLASSIFY_CREDENTIAL_STORE: 'file',
    ...extra,
  };
}

/**
 * Writes an executable stand-in for a browser into the home: it creates `marker`, then fetches
 * the URL it gets and follows redirects, as a browser on the consent page would.
 */
export async function writeBrowserScript(
  home: TestHome,
): Promise<{ path: string; marker: string }> {
  const path = join(home.root, 'browser.sh');
  const marker = join(home.root, 'browser-ran');
  const script = [
    '#!/bin/sh',
    `touch '${marker}'`,
    'exec curl --silent --show-error --location --max-time 20 --output /dev/null "$1"',
    '',
  ].join('\n');
  await writeFile(path, script, { mode: 0o755 });
  return { path, marker };
}

/** Starts a TCP listener on 127.0.0.1 that keeps a port busy until the test finishes. */
export async function occupyPort(
  teardown: Teardown,
  port = 0,
): Promise<{ port: number; server: Server }> {
  const server = createServer((socket) => socket.destroy());
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  teardown(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const address = server.address();
  if (address === null || typeof address === 'string') {
    throw new Error('occupyPort: the listener reported no TCP port.');
  }
  return { port: address.port, server };
}

/** Reads every regular file under `root`, with its path, skipping sockets and other special files. */
export async function readAllFiles(root: string): Promise<{ path: string; text: string }[]> {
  const files: { path: string; text: string }[] = [];
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) {
      continue;
    }
    const path = join(entry.parentPath, entry.name);
    files.push({ path, text: await readFile(path, 'latin1') });
  }
  return files;
}
