import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

import {
  createEngine,
  createLaunchAtLogin,
  createLogger,
  type Engine,
  endpointsForBaseUrl,
  endpointsFromEnvironment,
  FileSecretStore,
  type LaunchAtLogin,
  type Logger,
  logLevelFromEnvironment,
  prepareStateHome,
  secretStoreFromEnvironment,
  stateHomeFromEnvironment,
} from '@atlassify/engine';
import { type RunningSimulator, startSimulator } from '@atlassify/simulator';

import { cliVersion } from '../version.ts';
import { loginLaunchCommand } from './launch-command.ts';

export interface EngineContext {
  engine: Engine;
  logger: Logger;
  /** The state folder this engine uses: the state home, or its `demo/` folder. */
  home: string;
  /** The engine log, in `logs/` of `home`. */
  logFile: string;
  /** Set in demo mode: the in-process simulator's base URL. */
  simulatorUrl?: string;
  /** Writes and removes the launch-at-login entry; absent in the demo. */
  launchAtLogin?: LaunchAtLogin;
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

/** The demo's state folder inside the state home. */
const demoFolder = 'demo';

/**
 * Files of the demo folder that survive the emptying at start: `instance.json` names the demo
 * engine that `start --demo` claimed or found before the folder was emptied.
 */
const keptDemoFiles = new Set(['instance.json', 'instance.json.lock', 'instance.json.lock-owner']);

/**
 * Returns the state folder of an engine and creates the state home, checking
 * `ATLASSIFY_HOME`. The demo's folder is `demo/` inside the state home.
 */
export async function engineHome(options: { demo?: boolean }): Promise<string> {
  const stateHome = stateHomeFromEnvironment(process.env);
  await prepareStateHome(stateHome, process.env);
  return options.demo ? join(stateHome, demoFolder) : stateHome;
}

/** Returns the engine log of a state folder. */
export function engineLogFile(home: string): string {
  return join(home, 'logs', 'engine.log');
}

// Everything goes to the log file, so standard error keeps only the CLI's own messages.
function loggerFor(options: OpenEngineOptions, home: string): Logger {
  const level = logLevelFromEnvironment(options.longRunning ? 'info' : 'warn', process.env);
  return createLogger({ level, file: engineLogFile(home) });
}

/**
 * Empties the demo folder, keeping the instance entry, and creates it (mode 0700). The demo
 * starts from its seed every time.
 */
async function emptyDemoFolder(home: string): Promise<void> {
  await mkdir(home, { recursive: true, mode: 0o700 });
  for (const entry of await readdir(home)) {
    if (!keptDemoFiles.has(entry)) {
      await rm(join(home, entry), { recursive: true, force: true });
    }
  }
}

/**
 * Demo mode: a simulator in this process, and a state folder of its own (`demo/` in the state
 * home, emptied on every start) with a plain file for its fake secrets, so real accounts and the
 * keychain are never touched. Its log is in that folder too.
 */
async function openDemoEngine(options: OpenEngineOptions, home: string): Promise<EngineContext> {
  const env = process.env;
  const level = logLevelFromEnvironment(options.longRunning ? 'info' : 'warn', env);
  await emptyDemoFolder(home);
  const logger = createLogger({ level, file: engineLogFile(home) });

  const callbackUrl = env.ATLASSIFY_OAUTH_CALLBACK_URL?.trim() || 'http://localhost:3000/callback';
  const simulator: RunningSimulator = await startSimulator({ port: 0, callbackUrl });
  const engine = await createEngine({
    home,
    endpoints: endpointsForBaseUrl(simulator.url),
    secrets: new FileSecretStore(join(home, 'credentials.json')),
    logger,
    demo: true,
    version: cliVersion,
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
    home,
    logFile: engineLogFile(home),
    simulatorUrl: simulator.url,
    close: async () => {
      await engine.stop();
      await simulator.close();
    },
  };
}

/**
 * Builds the engine from the environment, or the demo engine. Checks `ATLASSIFY_HOME` and
 * `ATLASSIFY_LOG_LEVEL` first, so a wrong value is reported by name.
 */
export async function openEngine(options: OpenEngineOptions = {}): Promise<EngineContext> {
  const home = await engineHome(options);
  if (options.demo) {
    return openDemoEngine(options, home);
  }

  const env = process.env;
  const logger = loggerFor(options, home);
  const launchAtLogin = loginLaunchAtLogin(env);
  const engine = await createEngine({
    home,
    endpoints: endpointsFromEnvironment(env),
    secrets: secretStoreFromEnvironment(env),
    logger,
    env,
    version: cliVersion,
    desktopAlerts: options.longRunning ?? false,
    feed: options.includeRead ? { unreadOnly: false } : {},
    ...(launchAtLogin ? { launchAtLogin } : {}),
  });
  return {
    engine,
    logger,
    home,
    logFile: engineLogFile(home),
    ...(launchAtLogin ? { launchAtLogin } : {}),
    close: () => engine.stop(),
  };
}

/** Returns the launch-at-login switch for this system, or undefined where there is none. */
function loginLaunchAtLogin(env: NodeJS.ProcessEnv): LaunchAtLogin | undefined {
  try {
    return createLaunchAtLogin({ command: loginLaunchCommand(env), env });
  } catch {
    // Other systems have no launch-at-login entry; changing the setting there reports it.
    return undefined;
  }
}

/** Runs a one-shot command with an engine and stops it afterwards. */
export async function withEngine(
  command: (engine: Engine, context: EngineContext) => Promise<void>,
  options: OpenEngineOptions = {},
): Promise<void> {
  const context = await openEngine(options);
  try {
    await command(context.engine, context);
  } finally {
    await context.close();
  }
}
