import { request } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';

import type { Snapshot } from '@atlassify/engine';

import type { ReadyProcess } from '../../../../test/e2e/harness/processes.ts';
import { startCli } from './cli.ts';
import type { Teardown } from './setup.ts';

export const launchLinePattern =
  /Atlassify is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?launch=\S+)/;

/** A running `atlassify start` and the launch URL it printed. */
export interface StartedEngine {
  process: ReadyProcess;
  launchUrl: URL;
  origin: string;
  port: number;
}

/** Runs `atlassify start ARGS` (or another command that prints the launch line) until teardown. */
export async function useStartedEngine(
  teardown: Teardown,
  args: string[],
  options: { env: NodeJS.ProcessEnv; command?: string[] },
): Promise<StartedEngine> {
  const started = await startCli(args, { ...options, pattern: launchLinePattern });
  teardown(() => started.stop());

  const launchUrl = new URL(started.match[1] ?? '');
  return { process: started, launchUrl, origin: launchUrl.origin, port: Number(launchUrl.port) };
}

/** A response from `sendRequest`, with the headers as Node parses them. */
export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * Sends one HTTP request to 127.0.0.1 with exactly the given headers. `fetch` may not set Host,
 * so the guard tests need the plain client.
 */
export function sendRequest(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          body += chunk;
        });
        response.on('end', () => {
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** The result of opening the launch URL: the status, the raw Set-Cookie and the Cookie to send. */
export interface Launch {
  status: number;
  location: string | null;
  setCookie: string;
  cookie: string;
}

/** Opens the launch URL without following the redirect and returns the session cookie it sets. */
export async function openLaunchUrl(launchUrl: URL): Promise<Launch> {
  const response = await fetch(launchUrl, { redirect: 'manual' });
  await response.body?.cancel();
  const setCookie = response.headers.get('set-cookie') ?? '';
  return {
    status: response.status,
    location: response.headers.get('location'),
    setCookie,
    cookie: setCookie.split(';')[0] ?? '',
  };
}

/** Reads `/api/snapshot` with the session cookie. */
export async function fetchSnapshot(origin: string, cookie: string): Promise<Snapshot> {
  const response = await fetch(`${origin}/api/snapshot`, { headers: { cookie } });
  if (response.status !== 200) {
    throw new Error(`GET /api/snapshot returned ${response.status}: ${await response.text()}`);
  }
  return (await response.json()) as Snapshot;
}

/**
 * Polls `/api/snapshot` until every account's feed has left 'loading', then returns it. Rejects
 * with the last snapshot's feed states after `timeoutMs`.
 */
export async function waitForLoadedFeeds(
  origin: string,
  cookie: string,
  timeoutMs = 15_000,
): Promise<Snapshot> {
  const deadline = Date.now() + timeoutMs;
  let snapshot = await fetchSnapshot(origin, cookie);
  while (!feedsLoaded(snapshot)) {
    if (Date.now() > deadline) {
      const states = snapshot.feeds.map((feed) => `${feed.accountId}: ${feed.status}`);
      throw new Error(
        `feeds still loading after ${timeoutMs} ms: ${states.join(', ') || 'no feeds'}`,
      );
    }
    await delay(100);
    snapshot = await fetchSnapshot(origin, cookie);
  }
  return snapshot;
}

function feedsLoaded(snapshot: Snapshot): boolean {
  return (
    snapshot.feeds.length === snapshot.accounts.length &&
    snapshot.feeds.every((feed) => feed.status !== 'loading')
  );
}
