import type { ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import type { TestHome, TestHomeEnv } from './dirs.ts';
import { runCommand, spawnAndWaitForLine, spawnInGroup } from './processes.ts';

/** The variables a child process needs to use the private session bus and keyring. */
export type SessionEnv = TestHomeEnv & {
  DBUS_SESSION_BUS_ADDRESS: string;
};

/** A private D-Bus session bus with an unlocked gnome-keyring serving the Secret Service. */
export interface SessionWithKeyring {
  env: SessionEnv;
  busPid: number;
  keyringPid: number;
  /** Stops the keyring daemon, then the bus. Safe to call more than once. */
  stop(): Promise<void>;
}

/** Options for `startSessionWithKeyring`. */
export interface SessionOptions {
  home: TestHome;
  /** The login keyring's password. The keyring file is created with it on first unlock. */
  password?: string;
  /** How long to wait for the bus and then for the keyring, in milliseconds. */
  timeoutMs?: number;
}

const secretServiceName = 'org.freedesktop.secrets';
const ownerPollMs = 50;

/**
 * Starts a session bus on a socket inside the test home's XDG_RUNTIME_DIR, then
 * gnome-keyring-daemon with only the Secret Service component, unlocking (and on first use
 * creating) the login keyring with `password`. Resolves once the keyring daemon owns
 * org.freedesktop.secrets on the bus.
 *
 * The daemon runs with `--foreground`, so it stays the direct child that `stop()` kills
 * instead of forking away. It also exits by itself when the bus goes away.
 */
export async function startSessionWithKeyring(
  options: SessionOptions,
): Promise<SessionWithKeyring> {
  const { home } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const socketPath = join(home.env.XDG_RUNTIME_DIR, 'bus');

  // dbus-daemon prints "Failed to set fd limit" on stderr when it may not raise its own
  // limit, as in unprivileged containers. That line is harmless and the pattern skips it.
  const bus = await spawnAndWaitForLine(
    'dbus-daemon',
    ['--session', '--nofork', '--print-address', `--address=unix:path=${socketPath}`],
    { env: home.env, pattern: /^unix:\S+$/, timeoutMs },
  );
  const env: SessionEnv = { ...home.env, DBUS_SESSION_BUS_ADDRESS: bus.match[0] };

  const keyring = spawnInGroup(
    'gnome-keyring-daemon',
    ['--foreground', '--unlock', '--components=secrets'],
    { env, input: options.password ?? 'atlassify-test-keyring' },
  );
  const stop = async (): Promise<void> => {
    await keyring.stop();
    await bus.stop();
  };

  try {
    const keyringPid = await waitForSecretServiceOwner(env, keyring.child, timeoutMs);
    return { env, busPid: bus.pid, keyringPid, stop };
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `startSessionWithKeyring: ${reason}\n--- gnome-keyring-daemon ---\n${keyring.output()}` +
        `\n--- dbus-daemon ---\n${bus.output()}`,
      { cause: error },
    );
  }
}

/**
 * Polls the bus until the Secret Service name has an owner, and checks that the owner is the
 * keyring daemon started here rather than one the bus activated from its service files.
 * Returns the owner's PID.
 */
async function waitForSecretServiceOwner(
  env: SessionEnv,
  keyring: ChildProcess,
  timeoutMs: number,
): Promise<number> {
  const deadline = Date.now() + timeoutMs;

  while (Date.now() < deadline) {
    if (keyring.exitCode !== null || keyring.signalCode !== null) {
      throw new Error(
        `gnome-keyring-daemon exited with ${keyring.signalCode ?? `code ${keyring.exitCode}`}.`,
      );
    }
    const reply = await runCommand(
      'dbus-send',
      [
        '--session',
        '--print-reply=literal',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.GetConnectionUnixProcessID',
        `string:${secretServiceName}`,
      ],
      { env },
    );

    const ownerPid = Number(/uint32 (\d+)/.exec(reply.stdout)?.[1]);
    if (reply.code === 0 && ownerPid > 0) {
      if (ownerPid !== keyring.pid) {
        throw new Error(
          `${secretServiceName} is owned by PID ${ownerPid}, not the keyring daemon (PID ${keyring.pid}).`,
        );
      }
      return ownerPid;
    }
    await delay(ownerPollMs);
  }

  throw new Error(`timed out after ${timeoutMs} ms waiting for ${secretServiceName} on the bus.`);
}
