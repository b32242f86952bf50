import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../test/keyring/round-trip-script.ts', import.meta.url));

// The shell line Linux desktops and CI use: a private bus for one command, a keyring unlocked
// with a piped password, then the program. The daemon runs in the foreground as a child of the
// shell, because a forked daemon outlives the bus. The shell waits up to 20 s for the daemon to
// own the Secret Service name, exits with 3 when it never does, and kills the daemon at the end.
const sessionCommand = [
  'printf keyring-password | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null & daemon=$!',
  'tries=0',
  'until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do tries=$((tries + 1)); [ $tries -gt 200 ] && { echo "gnome-keyring-daemon never owned org.freedesktop.secrets" >&2; kill "$daemon"; exit 3; }; sleep 0.1; done',
  'node --import tsx "$SCRIPT"; status=$?',
  'kill "$daemon"',
  'exit $status',
].join('; ');

describe('KeychainSecretStore under dbus-run-session', () => {
  let root: string | undefined;

  afterEach(async () => {
    if (root) {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('stores, reads and deletes a secret', async () => {
    root = await mkdtemp(join(tmpdir(), 'atlassify-dbus-run-session-'));
    const home = join(root, 'home');
    const runtimeDir = join(root, 'run');
    await mkdir(join(home, '.local', 'share'), { recursive: true, mode: 0o700 });
    await mkdir(runtimeDir, { mode: 0o700 });

    const { stdout } = await run('dbus-run-session', ['--', 'sh', '-c', sessionCommand], {
      env: {
        PATH: process.env.PATH,
        HOME: home,
        XDG_DATA_HOME: join(home, '.local', 'share'),
        XDG_RUNTIME_DIR: runtimeDir,
        SCRIPT: script,
        ROUND_TRIP_VALUE: 'tøken with spaces & ünïcode',
      },
      timeout: 50_000,
    });

    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
    expect(result.matched).toBe(true);
    expect(result.deleted).toBe(true);
    expect(result.afterDelete).toBeNull();
  }, 60_000);
});
