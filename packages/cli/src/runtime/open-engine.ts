import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import {
  createEngine,
  createLogger,
  type Engine,
  endpointsForBaseUrl,
  endpointsFromEnvironment,
  FileSecretStore,
  type Logger,
  secretStoreFromEnvironment,
  stateHomeFromEnvironment,
} from '@atlassify/engine';
import { type RunningSimulator, startSimulator } from '@atlassify/simulator';

export interface EngineContext {
  engine: Engine;
  logger: Logger;
  /** Set in demo mode: the in-process simulator's base URL. */
  simulatorUrl?: string;
  close(): Promise<void>;
}

export interface OpenEngineOptions {
  demo?: boolean;
  /** Long-running engines alert and log at info; one-shot commands only warn. */
  longRunning?: boolean;
  /**
   * Fetch read items too (for `--all` and for finding ids to mark). Otherwise the
   * `fetchOnlyUnread` setting decides.
   */
  includeRead?: boolean;
}

/** The engine log, shared by `start` and the one-shot commands. */
export function engineLogFile(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateHomeFromEnvironment(env), 'logs', 'engine.log');
}

// Everything goes to the log file, so standard error keeps only the CLI's own messages.
function loggerFor(options: OpenEngineOptions): Logger {
  const level = process.env.ATLASSIFY_LOG_LEVEL ?? (options.longRunning ? 'info' : 'warn');
  return createLogger({ level, file: engineLogFile() });
}

/**
 * Demo mode: a simulator in this process, and a state folder of its own (`demo/` in the state
 * home, emptied on every start) with a plain file for its fake secrets, so real accounts and the
 * keychain are never touched.
 */
async function openDemoEngine(options: OpenEngineOptions, logger: Logger): Promise<EngineContext> {
  const env = process.env;
  const home = join(stateHomeFromEnvironment(env), 'demo');
  await rm(home, { recursive: true, force: true });
  await mkdir(home, { recursive: true, mode: 0o700 });

  const callbackUrl = env.ATLASSIFY_OAUTH_CALLBACK_URL?.trim() || 'http://localhost:3000/callback';
  const simulator: RunningSimulator = await startSimulator({ port: 0, callbackUrl });
  const engine = await createEngine({
    home,
    endpoints: endpointsForBaseUrl(simulator.url),
    secrets: new FileSecretStore(join(home, 'credentials.json')),
    logger,
    demo: true,
    env: {
      ...env,
      ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
      ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
      ATLASSIFY_OAUTH_CALLBACK_URL: callbackUrl,
    },
    desktopAlerts: options.longRunning ?? false,
    feed: options.includeRead ? { unreadOnly: false } : {},
  });
  await engine.signInWithApiToken({
    email: simulator.options.userEmail,
    token: simulator.options.apiToken,
  });

  return {
    engine,
    logger,
    simulatorUrl: simulator.url,
    close: async () => {
      await engine.stop();
      await simulator.close();
    },
  };
}

/** Builds the engine from the environment, or the demo engine. */
export async function openEngine(options: OpenEngineOptions = {}): Promise<EngineContext> {
  const logger = loggerFor(options);
  if (options.demo) {
    return openDemoEngine(options, logger);
  }

  const env = process.env;
  const engine = await createEngine({
    home: stateHomeFromEnvironment(env),
    endpoints: endpointsFromEnvironment(env),
    secrets: secretStoreFromEnvironment(env),
    logger,
    env,
    desktopAlerts: options.longRunning ?? false,
    feed: options.includeRead ? { unreadOnly: false } : {},
  });
  return { engine, logger, close: () => engine.stop() };
}

/** Runs a one-shot command with an engine and stops it afterwards. */
export async function withEngine(
  command: (engine: Engine) => Promise<void>,
  options: OpenEngineOptions = {},
): Promise<void> {
  const context = await openEngine(options);
  try {
    await command(context.engine);
  } finally {
    await context.close();
  }
}
