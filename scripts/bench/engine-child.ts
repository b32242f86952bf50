// One engine process of the benchmark, driven by the parent over IPC. Its timers move only when
// the parent sends `cycle`, so every cycle is an interval-triggered poll of all accounts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  createEngine,
  createLogger,
  type Engine,
  endpointsForBaseUrl,
  FileSecretStore,
} from '@atlassify/engine';

import { ManualTime } from '../../packages/engine/test/poll/manual-time.ts';
import type { BenchAccount } from './seed.ts';

/** The two polling strategies the benchmark compares. */
export type PollMode = 'head-check' | 'full-refetch';

export type ParentMessage =
  | { type: 'start'; baseUrl: string; accounts: BenchAccount[]; mode: PollMode }
  | { type: 'cycle' }
  | { type: 'measure' }
  | { type: 'stop' };

export interface ProcessFigures {
  /** After a forced garbage collection. */
  heapUsedBytes: number;
  rssBytes: number;
  /** The largest resident set of the process so far, from the operating system. */
  maxRssBytes: number;
  /** CPU time of the whole process since it started, user plus system. */
  cpuMs: number;
}

export type ChildMessage =
  | { type: 'ready' }
  | { type: 'cycle-done' }
  | { type: 'measured'; figures: ProcessFigures }
  | { type: 'failed'; message: string };

const intervalMs = 60_000;

let engine: Engine | undefined;
let home: string | undefined;
const time = new ManualTime();

function send(message: ChildMessage): void {
  process.send?.(message);
}

/** Resolves once every account's feed was fetched at the current manual time. */
function feedsFetchedNow(current: Engine): Promise<void> {
  const due = new Date(time.now()).toISOString();
  const done = () => {
    const snapshot = current.snapshot();
    return snapshot.feeds.length > 0 && snapshot.feeds.every((feed) => feed.fetchedAt === due);
  };
  if (done()) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const unsubscribe = current.subscribe(() => {
      if (done()) {
        unsubscribe();
        resolve();
      }
    });
  });
}

async function start(message: Extract<ParentMessage, { type: 'start' }>): Promise<void> {
  home = await mkdtemp(join(tmpdir(), 'atlassify-bench-'));
  engine = await createEngine({
    home,
    endpoints: endpointsForBaseUrl(message.baseUrl),
    secrets: new FileSecretStore(join(home, 'credentials.json')),
    logger: createLogger({ level: 'silent' }),
    env: {},
    openUrl: async () => {},
    desktopAlerts: false,
    feed: {
      polling: {
        timers: time,
        clock: time,
        ...(message.mode === 'full-refetch' ? { fullRefreshMs: 0 } : {}),
      },
    },
  });
  for (const account of message.accounts) {
    await engine.signInWithApiToken({ email: account.email, token: account.apiToken });
  }
  await engine.start();
  await feedsFetchedNow(engine);
}

async function handle(message: ParentMessage): Promise<void> {
  switch (message.type) {
    case 'start':
      await start(message);
      send({ type: 'ready' });
      return;
    case 'cycle': {
      const current = engine as Engine;
      time.advance(intervalMs);
      await feedsFetchedNow(current);
      send({ type: 'cycle-done' });
      return;
    }
    case 'measure': {
      globalThis.gc?.();
      const memory = process.memoryUsage();
      const cpu = process.cpuUsage();
      send({
        type: 'measured',
        figures: {
          heapUsedBytes: memory.heapUsed,
          rssBytes: memory.rss,
          maxRssBytes: process.resourceUsage().maxRSS * 1024,
          cpuMs: (cpu.user + cpu.system) / 1000,
        },
      });
      return;
    }
    case 'stop':
      await engine?.stop();
      if (home) {
        await rm(home, { recursive: true, force: true });
      }
      process.disconnect?.();
      return;
  }
}

process.on('message', (message: ParentMessage) => {
  handle(message).catch((error: unknown) => {
    send({
      type: 'failed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  });
});
