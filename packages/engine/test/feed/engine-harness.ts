import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type RunningSimulator, type SimulatorOptions, startSimulator } from '@atlassify/simulator';

import { endpointsForBaseUrl } from '../../src/config/endpoints.ts';
import { FileSecretStore } from '../../src/credentials/index.ts';
import type { FeedOptions } from '../../src/engine/account-feeds.ts';
import { createEngine } from '../../src/engine/create-engine.ts';
import type { Engine } from '../../src/engine/engine.ts';
import { createLogger } from '../../src/log/logger.ts';
import type { Snapshot } from '../../src/server/contract.ts';

/** An engine signed in to a simulator's demo account, in a state home of its own. */
export interface EngineHarness {
  engine: Engine;
  simulator: RunningSimulator;
  home: string;
  accountId: string;
  /** URLs the engine asked the browser to open, oldest first. */
  opened: string[];
  /** Stops the engine and builds a new one on the same home, as a restart of the app would. */
  restart(): Promise<Engine>;
  close(): Promise<void>;
}

export interface EngineHarnessOptions {
  simulator?: SimulatorOptions;
  feed?: FeedOptions;
  /** Starts the pollers, as `atlassify start` does; needed for refetches after a change. */
  start?: boolean;
}

/**
 * Starts a simulator, then an engine against it with a plain-file secret store in a temporary
 * home, and signs in the demo account with its API token.
 */
export async function startEngineHarness(
  options: EngineHarnessOptions = {},
): Promise<EngineHarness> {
  const simulator = await startSimulator({ port: 0, ...options.simulator });
  const home = await mkdtemp(join(tmpdir(), 'atlassify-feed-'));
  const opened: string[] = [];

  const build = () =>
    createEngine({
      home,
      endpoints: endpointsForBaseUrl(simulator.url),
      secrets: new FileSecretStore(join(home, 'credentials.json')),
      logger: createLogger({ level: 'silent' }),
      env: {},
      openUrl: async (url) => {
        opened.push(url);
      },
      ...(options.feed ? { feed: options.feed } : {}),
    });

  let engine = await build();
  const account = await engine.signInWithApiToken({
    email: simulator.options.userEmail,
    token: simulator.options.apiToken,
  });
  if (options.start) {
    await engine.start();
  }

  const harness: EngineHarness = {
    engine,
    simulator,
    home,
    accountId: account.id,
    opened,
    restart: async () => {
      await engine.stop();
      engine = await build();
      harness.engine = engine;
      if (options.start) {
        await engine.start();
      }
      return engine;
    },
    close: async () => {
      await engine.stop();
      await simulator.close();
      await rm(home, { recursive: true, force: true });
    },
  };
  return harness;
}

/** Resolves with the first snapshot after now for which `test` holds. */
export function nextSnapshot(
  engine: Engine,
  test: (snapshot: Snapshot) => boolean,
): Promise<Snapshot> {
  return new Promise((resolve) => {
    const unsubscribe = engine.subscribe((snapshot) => {
      if (test(snapshot)) {
        unsubscribe();
        resolve(snapshot);
      }
    });
  });
}

/** Simulator requests of one GraphQL operation, or of paths that start with `pathPrefix`. */
export function requestsOf(simulator: RunningSimulator, operationOrPath: string) {
  return simulator.control
    .requests()
    .filter(
      (entry) => entry.operationName === operationOrPath || entry.path.startsWith(operationOrPath),
    );
}

/** Adds `count` unread Jira items to one server group; returns their ids, newest first. */
export function addGroup(simulator: RunningSimulator, groupId: string, count: number): string[] {
  const base = Date.parse('2030-01-01T00:00:00.000Z');
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = `${groupId}-${index}`;
    simulator.control.addNotification(simulator.options.userEmail, {
      groupId,
      headNotification: {
        notificationId: id,
        timestamp: new Date(base + index * 1000).toISOString(),
        content: {
          type: 'jira:issue-comment',
          message: `Ada Lovelace commented on NIM-${groupId}`,
          url: 'https://nimbus.atlassian.net/browse/NIM-7',
          actor: { displayName: 'Ada Lovelace' },
          entity: { title: 'NIM-7 Group', url: 'https://nimbus.atlassian.net/browse/NIM-7' },
          path: [{ title: 'NIM-7 Group', url: 'https://nimbus.atlassian.net/browse/NIM-7' }],
        },
        analyticsAttributes: [
          { key: 'registrationProduct', value: 'jira' },
          { key: 'subProduct', value: 'software' },
        ],
      },
    });
    ids.unshift(id);
  }
  return ids;
}
