import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A bus config without service directories: nothing is D-Bus-activated, so a test decides
 * whether a Secret Service runs, and no stray gnome-keyring-daemon outlives the test.
 */
const busConfig = `<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir=/tmp</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
`;

/** Which Secret Service the private session gets. */
export type KeyringMode = 'unlocked' | 'locked' | 'none';

export interface KeyringSession {
  /** The variables set in process.env, for child processes such as secret-tool. */
  readonly env: NodeJS.ProcessEnv;
  readonly root: string;
  stop(): Promise<void>;
}

/** How long the bus may take to print its address, and the keyring to own its name. */
const startTimeoutMs = 10_000;

const sessionVariables = [
  'DBUS_SESSION_BUS_ADDRESS',
  'HOME',
  'XDG_DATA_HOME',
  'XDG_RUNTIME_DIR',
  'XDG_CONFIG_HOME',
];

/**
 * Starts a private D-Bus session bus and, unless `mode` is `none`, a gnome-keyring-daemon with
 * only the secrets component, in throw-away HOME and XDG folders. `unlocked` pipes a password to
 * `--unlock`, which creates and unlocks the login keyring; `locked` starts the daemon without it.
 * Sets the session variables in process.env until `stop()`, which kills both daemons by PID.
 * When starting fails, it stops what it started, restores process.env and deletes the folders
 * before it rethrows.
 * libdbus keeps the first session bus address it uses for the whole process, so start at most
 * one session per test file (vitest runs each file in its own process).
 */
export async function startKeyringSession(mode: KeyringMode = 'unlocked'): Promise<KeyringSession> {
  const root = await mkdtemp(join(tmpdir(), 'atlassify-keyring-'));
  const home = join(root, 'home');
  const runtimeDir = join(root, 'run');
  const saved = Object.fromEntries(sessionVariables.map((name) => [name, process.env[name]]));
  let bus: ChildProcess | null = null;
  let keyring: ChildProcess | null = null;

  const stop = async (): Promise<void> => {
    await stopProcess(keyring);
    await stopProcess(bus);
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    await rm(root, { recursive: true, force: true });
  };

  // Whatever fails below, the daemons started so far are stopped and process.env restored.
  try {
    await mkdir(join(home, '.local', 'share'), { recursive: true, mode: 0o700 });
    await mkdir(runtimeDir, { mode: 0o700 });
    await writeFile(join(root, 'bus.conf'), busConfig);

    bus = spawn(
      'dbus-daemon',
      [`--config-file=${join(root, 'bus.conf')}`, '--nofork', '--print-address=1'],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const address = await firstLine(bus, startTimeoutMs);

    const env: NodeJS.ProcessEnv = {
      DBUS_SESSION_BUS_ADDRESS: address,
      HOME: home,
      XDG_DATA_HOME: join(home, '.local', 'share'),
      XDG_CONFIG_HOME: join(home, '.config'),
      XDG_RUNTIME_DIR: runtimeDir,
    };
    Object.assign(process.env, env);

    if (mode !== 'none') {
      keyring = startKeyringDaemon(mode, { ...process.env, ...env });
      await waitForBusName('org.freedesktop.secrets', keyring, { ...process.env, ...env });
    }
    return { env, root, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Runs `secret-tool search --all service <service>` and returns its output without the secrets. */
export async function searchKeyring(service: string, env: NodeJS.ProcessEnv): Promise<string> {
  const { stdout, stderr } = await run('secret-tool', ['search', '--all', 'service', service], {
    env: { ...process.env, ...env },
  });
  return `${stdout}\n${stderr}`
    .split('\n')
    .filter((line) => !line.startsWith('secret = '))
    .join('\n');
}

function startKeyringDaemon(mode: KeyringMode, env: NodeJS.ProcessEnv): ChildProcess {
  // --foreground keeps the daemon as this child, so its PID is known and it cannot re-parent.
  const args = [
    '--foreground',
    '--components=secrets',
    ...(mode === 'unlocked' ? ['--unlock'] : ['--start']),
  ];
  const daemon = spawn('gnome-keyring-daemon', args, { env, stdio: ['pipe', 'ignore', 'ignore'] });
  // A daemon that cannot start (not installed) reports it here; waitForBusName then fails.
  daemon.once('error', () => {});
  // A daemon that exits at once closes its standard input; the password write then fails with
  // EPIPE, which must not become an uncaught error.
  daemon.stdin?.on('error', () => {});
  daemon.stdin?.end(mode === 'unlocked' ? 'test-keyring-password' : '');
  return daemon;
}

async function waitForBusName(
  name: string,
  owner: ChildProcess,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (owner.pid === undefined || owner.exitCode !== null || owner.signalCode !== null) {
      throw new Error(
        `gnome-keyring-daemon ended before it owned ${name} (${owner.signalCode ?? `exit code ${owner.exitCode ?? 'none: it did not start'}`})`,
      );
    }
    const { stdout } = await run(
      'dbus-send',
      [
        '--session',
        '--print-reply',
        '--dest=org.freedesktop.DBus',
        '/org/freedesktop/DBus',
        'org.freedesktop.DBus.NameHasOwner',
        `string:${name}`,
      ],
      { env },
    );
    if (stdout.includes('boolean true')) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${name} did not appear on the test session bus within ${startTimeoutMs} ms`);
}

function firstLine(child: ChildProcess, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => reject(new Error(`dbus-daemon printed no address within ${timeoutMs} ms`)),
      timeoutMs,
    );
    child.once('exit', () => clearTimeout(timer));
    child.stdout?.once('data', () => clearTimeout(timer));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`dbus-daemon exited with code ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const newline = buffered.indexOf('\n');
      if (newline >= 0) {
        resolve(buffered.slice(0, newline).trim());
      }
    });
  });
}

async function stopProcess(child: ChildProcess | null): Promise<void> {
  // A child without a PID never started, so it sends no 'exit' to wait for.
  if (!child || child.pid === undefined || child.exitCode !== null || child.signalCode !== null) {
    return;
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
  await exited;
  clearTimeout(timer);
}
