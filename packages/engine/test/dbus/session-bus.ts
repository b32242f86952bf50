import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll } from 'vitest';

/** A private `dbus-daemon --session` for one test file. */
export interface SessionBus {
  /** The bus address, such as `unix:path=/tmp/dbus-XXXX,guid=...`. */
  address: string;
  pid: number;
  stop(): Promise<void>;
}

const startTimeoutMs = 10_000;

/**
 * Starts a private session bus and resolves once it prints its address. It uses the standard
 * session config, so the daemon may auto-start any service that has a `.service` file installed.
 * The test machines have no such file for org.freedesktop.Notifications. The daemon prints a
 * harmless "Failed to set fd limit" warning when it may not raise that limit.
 */
export async function startSessionBus(): Promise<SessionBus> {
  const child = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    stderr += chunk;
  });

  const address = await readAddress(child, () => stderr);
  const pid = child.pid ?? -1;
  process.stdout.write(`private session bus ${address} (dbus-daemon pid ${pid})\n`);

  return { address, pid, stop: () => stopProcess(child) };
}

function readAddress(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`dbus-daemon printed no address within ${startTimeoutMs} ms: ${stderr()}`));
    }, startTimeoutMs);

    lines.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(
        new Error(`dbus-daemon could not be started; install the dbus package: ${error.message}`),
      );
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(`dbus-daemon exited with code ${code} before printing an address: ${stderr()}`),
      );
    });
  });
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/**
 * Gives the calling test file its own session bus: started in `beforeAll` with
 * DBUS_SESSION_BUS_ADDRESS pointing at it, stopped in `afterAll` with the variable restored.
 * Call the returned function inside tests to reach the bus.
 */
export function useSessionBus(): () => SessionBus {
  let bus: SessionBus | undefined;
  const previousAddress = process.env.DBUS_SESSION_BUS_ADDRESS;

  beforeAll(async () => {
    bus = await startSessionBus();
    process.env.DBUS_SESSION_BUS_ADDRESS = bus.address;
  });

  afterAll(async () => {
    if (previousAddress === undefined) {
      delete process.env.DBUS_SESSION_BUS_ADDRESS;
    } else {
      process.env.DBUS_SESSION_BUS_ADDRESS = previousAddress;
    }
    await bus?.stop();
  });

  return () => {
    if (!bus) {
      throw new Error(
        'The session bus is not running; call useSessionBus() at the top of the file.',
      );
    }
    return bus;
  };
}
