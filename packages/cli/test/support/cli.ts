import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import {
  type CommandResult,
  type ReadyProcess,
  runCommand,
  spawnAndWaitForLine,
  stopProcessGroup,
} from '../../../../test/e2e/harness/processes.ts';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const cliBin = join(repoRoot, 'packages', 'cli', 'bin', 'atlassify.js');

/** Options for one run of the `atlassify` command. */
export interface CliOptions {
  /** The child's variables, on top of `process.env` with the developer's own settings removed. */
  env: NodeJS.ProcessEnv;
  /** Text written to standard input, which is then closed. Without it stdin is /dev/null. */
  input?: string;
  timeoutMs?: number;
}

/**
 * Blanks the variables a developer's shell may set that would point the child at real state:
 * every ATLASSIFY_ variable, the browser and the desktop session. An `undefined` value removes
 * the variable from the child's environment.
 */
function withoutOuterSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const cleared: NodeJS.ProcessEnv = {
    BROWSER: undefined,
    DISPLAY: undefined,
    WAYLAND_DISPLAY: undefined,
    DBUS_SESSION_BUS_ADDRESS: undefined,
  };
  for (const name of Object.keys(process.env)) {
    if (name.startsWith('ATLASSIFY_')) {
      cleared[name] = undefined;
    }
  }
  return { ...cleared, ...env };
}

/** Runs `atlassify ARGS` to its end from the repository root. A non-zero exit is returned. */
export function runCli(args: string[], options: CliOptions): Promise<CommandResult> {
  return runCommand(process.execPath, [cliBin, ...args], {
    cwd: repoRoot,
    env: withoutOuterSettings(options.env),
    ...(options.input === undefined ? {} : { input: options.input }),
    timeoutMs: options.timeoutMs ?? 20_000,
  });
}

/** Parses the standard output of a `--json` run, with the output in the message if it is not JSON. */
export function parseJsonOutput<T>(result: CommandResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch (error) {
    throw new Error(
      `expected JSON on stdout (exit ${result.code})\n--- stdout ---\n${result.stdout}\n--- stderr ---\n${result.stderr}`,
      { cause: error },
    );
  }
}

/**
 * Starts a long-running command such as `atlassify start` in its own process group and waits
 * for a line that matches `pattern`. Stop it with `stop()`.
 */
export function startCli(
  args: string[],
  options: { env: NodeJS.ProcessEnv; pattern: RegExp; command?: string[]; timeoutMs?: number },
): Promise<ReadyProcess> {
  const [command, ...commandArgs] = options.command ?? [process.execPath, cliBin];
  return spawnAndWaitForLine(command ?? process.execPath, [...commandArgs, ...args], {
    cwd: repoRoot,
    env: withoutOuterSettings(options.env),
    pattern: options.pattern,
    timeoutMs: options.timeoutMs ?? 20_000,
  });
}

/** A command whose standard input stays open, for prompts that the test answers. */
export interface InteractiveCli {
  child: ChildProcess;
  /** Resolves with the first stdout or stderr line that matches, or rejects after `timeoutMs`. */
  waitForLine(pattern: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Writes to standard input and closes it. */
  answer(text: string): void;
  /** Resolves when the command has exited and its output is closed. */
  result(): Promise<CommandResult>;
  /** Kills the command's process group. Safe after it has exited. */
  stop(): Promise<void>;
}

/** Starts `atlassify ARGS` in its own process group with standard input left open. */
export function spawnInteractiveCli(args: string[], options: { env: NodeJS.ProcessEnv }) {
  const child = spawn(process.execPath, [cliBin, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...withoutOuterSettings(options.env) },
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
  });

  let stdout = '';
  let stderr = '';
  const lines: string[] = [];
  const waiters: { pattern: RegExp; resolve: (match: RegExpMatchArray) => void }[] = [];
  const onLine = (line: string) => {
    lines.push(line);
    for (const waiter of [...waiters]) {
      const match = line.match(waiter.pattern);
      if (match) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(match);
      }
    }
  };
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const closed = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;

  const interactive: InteractiveCli = {
    child,
    waitForLine: (pattern, timeoutMs = 20_000) => {
      const earlier = lines.map((line) => line.match(pattern)).find((match) => match !== null);
      if (earlier) {
        return Promise.resolve(earlier);
      }
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          reject(
            new Error(`timed out waiting for ${pattern}\n--- output ---\n${lines.join('\n')}`),
          );
        }, timeoutMs);
        waiters.push({
          pattern,
          resolve: (match) => {
            clearTimeout(timer);
            resolve(match);
          },
        });
      });
    },
    answer: (text) => {
      child.stdin.end(text);
    },
    result: async () => {
      const [code, signal] = await closed;
      return { code, signal, stdout, stderr };
    },
    stop: () => stopProcessGroup(child),
  };
  return interactive;
}
