import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import { stateHomeFromEnvironment } from '../config/environment.ts';
import { AtlassifyError, ErrorCode } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import type { DemoStartView } from './contract.ts';

/** What the window may ask of the process that runs the engine, besides the engine itself. */
export interface AppControls {
  /** Starts `atlassify start --demo` as a separate process and returns its launch URL. */
  startDemo(): Promise<DemoStartView>;
  /** Stops this process after the current response has been sent. */
  quit(): void;
}

export interface ProcessControlsOptions {
  logger: Logger;
  env?: NodeJS.ProcessEnv;
  /**
   * The command that runs the `atlassify` CLI. By default the program of this process
   * (`process.execPath` and `process.argv[1]`), which is the CLI under `atlassify start`.
   */
  cliCommand?: string[];
  /** Maximum wait in ms for the demo to print its URL; 60 000 by default. */
  demoStartTimeoutMs?: number;
}

const readyLine = /Atlassify is running at (http:\/\/\S+)/;
const outputPollMs = 100;

/**
 * Controls for the engine of `atlassify start`. The demo runs detached, so it outlives this engine
 * and the user stops it from its own window. Quitting sends SIGTERM to this process, which
 * `atlassify start` handles by closing the server and the engine.
 */
export function processControls(options: ProcessControlsOptions): AppControls {
  const env = options.env ?? process.env;
  const command = options.cliCommand ?? [process.execPath, process.argv[1] ?? ''];

  return {
    startDemo: () =>
      startDemoProcess(command, env, options.demoStartTimeoutMs ?? 60_000, options.logger),
    quit: () => {
      options.logger.info('quit requested by the window');
      setTimeout(() => process.kill(process.pid, 'SIGTERM'), 100).unref();
    },
  };
}

async function startDemoProcess(
  command: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
  logger: Logger,
): Promise<DemoStartView> {
  const [program, ...args] = command;
  if (!program || args.some((arg) => arg === '')) {
    throw demoFailed('the path of the atlassify command is unknown');
  }

  // The demo's output goes to a file, because a pipe to this process would break when it quits.
  const logDir = join(stateHomeFromEnvironment(env), 'logs');
  await mkdir(logDir, { recursive: true, mode: 0o700 });
  const outputFile = join(logDir, 'demo-window.log');
  const output = openSync(outputFile, 'w', 0o600);
  const child = spawn(program, [...args, 'start', '--demo', '--port', '0', '--no-open'], {
    env,
    detached: true,
    stdio: ['ignore', output, output],
  });
  closeSync(output);
  let exitCode: number | null = null;
  child.once('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 1);
  });
  child.once('error', (error) => {
    logger.error({ err: error }, 'the demo process failed to start');
    exitCode = 1;
  });
  child.unref();

  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const text = await readFile(outputFile, 'utf8').catch(() => '');
    const url = readyLine.exec(text)?.[1];
    if (url) {
      logger.info({ pid: child.pid }, 'demo started');
      return { url, pid: child.pid ?? -1 };
    }
    if (exitCode !== null) {
      throw demoFailed(`it exited with code ${exitCode}; see ${outputFile}`);
    }
    await delay(outputPollMs);
  }
  child.kill('SIGTERM');
  throw demoFailed(`it printed no URL within ${timeoutMs / 1000} s; see ${outputFile}`);
}

function demoFailed(reason: string): AtlassifyError {
  return new AtlassifyError(
    ErrorCode.demoStartFailed,
    `The demo could not be started: ${reason}.`,
    {
      hint: 'Run `atlassify start --demo` in a terminal to see why.',
    },
  );
}
