import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';

/** Options for starting a child process in its own process group. */
export interface SpawnOptions {
  /** Variables set on top of `process.env` for the child. */
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Text written to the child's stdin, which is then closed. Without it stdin is /dev/null. */
  input?: string;
  /** Called with each line of stdout and stderr, without the line break. */
  onLine?: (line: string) => void;
}

/** Options for `spawnAndWaitForLine`. */
export interface WaitForLineOptions extends SpawnOptions {
  /** Tested against each line of stdout and stderr, without the line break. */
  pattern: RegExp;
  /** How long to wait for a matching line, in milliseconds. */
  timeoutMs?: number;
}

/** A child process that leads its own process group. */
export interface GroupProcess {
  child: ChildProcess;
  /** The stdout and stderr lines so far, in arrival order, joined with line breaks. */
  output(): string;
  /** Kills the whole process group with `stopProcessGroup`. */
  stop(): Promise<void>;
}

/** A started child together with the line that showed it was ready. */
export interface ReadyProcess extends GroupProcess {
  pid: number;
  match: RegExpMatchArray;
}

/** The result of a command that ran to its end. */
export interface CommandResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

const defaultTimeoutMs = 10_000;
const defaultGraceMs = 5_000;
const groupPollMs = 25;

// Bounds the memory a chatty long-running child can take. Older lines are dropped first.
const maxKeptLines = 5_000;

// Children are detached into their own groups, so they would outlive a test worker that exits
// without teardown. This set lets the exit handler kill whatever is still running.
const runningGroups = new Set<number>();
let exitHandlerInstalled = false;

/**
 * Starts a child as the leader of a new process group and collects its stdout and stderr lines.
 * Stop it with `stop()`, which also ends the processes the child started, unless they left
 * the group (as daemons that call setsid do).
 */
export function spawnInGroup(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): GroupProcess {
  installExitHandler();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });

  const pid = child.pid;
  if (pid !== undefined) {
    runningGroups.add(pid);
    // The group can outlive its leader, so forget it only once no member is left.
    child.once('exit', () => {
      if (!groupExists(pid)) {
        runningGroups.delete(pid);
      }
    });
  }
  if (options.input !== undefined) {
    // A child that exits before reading its input makes the write fail with EPIPE; its exit
    // code tells the test what happened, so the write error is not raised as well.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input);
  }

  const lines: string[] = [];
  // Without a listener, a failed spawn (such as ENOENT) would crash the test worker.
  child.on('error', (error) => {
    lines.push(`[${command} failed to start: ${error.message}]`);
  });
  for (const stream of [child.stdout, child.stderr]) {
    if (stream === null) {
      continue;
    }
    createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY }).on('line', (line) => {
      lines.push(line);
      if (lines.length > maxKeptLines) {
        lines.shift();
      }
      options.onLine?.(line);
    });
  }

  return {
    child,
    output: () => lines.join('\n'),
    stop: () => stopProcessGroup(child),
  };
}

/**
 * Starts a child in its own process group and resolves once a line of its stdout or stderr
 * matches `pattern`. Rejects, after killing the group, when the child fails to start, closes
 * its output without a match, or `timeoutMs` passes. The rejection message contains the
 * output collected so far.
 */
export async function spawnAndWaitForLine(
  command: string,
  args: string[],
  options: WaitForLineOptions,
): Promise<ReadyProcess> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  let onMatch: (match: RegExpMatchArray) => void = () => {};
  const matched = new Promise<RegExpMatchArray>((resolve) => {
    onMatch = resolve;
  });

  const started = spawnInGroup(command, args, {
    ...options,
    onLine: (line) => {
      options.onLine?.(line);
      const found = line.match(options.pattern);
      if (found !== null) {
        onMatch(found);
      }
    },
  });
  const { child } = started;

  let timer: NodeJS.Timeout | undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${options.pattern}`));
    }, timeoutMs);
    child.once('error', reject);
    // 'close' comes after the last output line, so a child that prints its line and then
    // exits at once resolves first.
    child.once('close', (code, signal) => {
      reject(
        new Error(`exited with ${signal ?? `code ${code}`} before printing ${options.pattern}`),
      );
    });
  });

  try {
    const match = await Promise.race([matched, failed]);
    // A child that printed a line has started, so it has a PID.
    return { ...started, pid: child.pid ?? -1, match };
  } catch (error) {
    await started.stop();
    const reason = error instanceof Error ? error.message : String(error);
    const commandLine = [command, ...args].join(' ');
    throw new Error(`${commandLine}: ${reason}\n--- output ---\n${started.output()}`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
    // The child may still close later, and that rejection has no reader.
    failed.catch(() => {});
  }
}

/**
 * Runs a command to its end and returns its exit status and output. Rejects only when the
 * command cannot start or `timeoutMs` passes. A non-zero exit code is returned, not thrown.
 */
export async function runCommand(
  command: string,
  args: string[],
  options: SpawnOptions & { timeoutMs?: number } = {},
): Promise<CommandResult> {
  const timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  if (options.input !== undefined) {
    // A child that exits before reading its input makes the write fail with EPIPE; its exit
    // code tells the test what happened, so the write error is not raised as well.
    child.stdin?.on('error', () => {});
    child.stdin?.end(options.input);
  }

  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });

  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGKILL');
  }, timeoutMs);
  try {
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    if (timedOut) {
      throw new Error(`${command} ${args.join(' ')}: timed out after ${timeoutMs} ms\n${stderr}`);
    }
    return { code, signal, stdout, stderr };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Sends SIGTERM to the child's whole process group and waits up to `graceMs` for every member
 * to exit, then sends SIGKILL. Safe to call more than once and after the child has exited.
 */
export async function stopProcessGroup(
  child: ChildProcess,
  graceMs = defaultGraceMs,
): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) {
    return;
  }

  signalGroup(pid, 'SIGTERM');
  if (!(await waitForGroupExit(pid, graceMs))) {
    signalGroup(pid, 'SIGKILL');
    await waitForGroupExit(pid, graceMs);
  }
  runningGroups.delete(pid);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') {
      throw error;
    }
  }
}

/** Polls until no process is left in the group. Returns false when `timeoutMs` passes first. */
async function waitForGroupExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!groupExists(pid)) {
      return true;
    }
    await delay(groupPollMs);
  }
  return !groupExists(pid);
}

/**
 * Reports whether any process of the group is still running. On Linux, zombies do not count:
 * an orphaned grandchild stays a zombie until PID 1 reaps it, which can take seconds in
 * containers whose init reaps lazily.
 */
function groupExists(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  return !existsSync('/proc/self/stat') || hasRunningMember(pgid);
}

function hasRunningMember(pgid: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    const stat = readProcStat(Number(entry));
    if (stat !== undefined && stat.pgrp === pgid && stat.state !== 'Z') {
      return true;
    }
  }
  return false;
}

/**
 * Reports whether the process exists and, on Linux, is not a zombie. A zombie has exited but
 * keeps its PID until its parent, or PID 1 for an orphan, reaps it.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
  if (!existsSync('/proc/self/stat')) {
    return true;
  }
  const stat = readProcStat(pid);
  return stat !== undefined && stat.state !== 'Z';
}

/** Reads the state and process group from /proc/PID/stat, or undefined once the PID is gone. */
function readProcStat(pid: number): { state: string; pgrp: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The fields after the parenthesized command name are: state, ppid, pgrp, and more.
  const [state = '', , pgrp] = text.slice(text.lastIndexOf(')') + 2).split(' ');
  return { state, pgrp: Number(pgrp) };
}

function installExitHandler(): void {
  if (exitHandlerInstalled) {
    return;
  }
  exitHandlerInstalled = true;
  process.once('exit', () => {
    for (const pid of runningGroups) {
      signalGroup(pid, 'SIGKILL');
    }
  });
}
