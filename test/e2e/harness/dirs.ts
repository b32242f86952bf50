import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The variables that point a child process at a test home instead of the real one. A type
 * alias, not an interface, so it is assignable to `NodeJS.ProcessEnv`.
 */
export type TestHomeEnv = {
  HOME: string;
  XDG_CONFIG_HOME: string;
  XDG_DATA_HOME: string;
  XDG_CACHE_HOME: string;
  XDG_RUNTIME_DIR: string;
  ATLASSIFY_HOME: string;
};

/** A temporary folder laid out as a user's home, for one test file or test. */
export interface TestHome {
  root: string;
  env: TestHomeEnv;
  /** Deletes the whole folder. Stop processes that use it first. */
  remove(): Promise<void>;
}

// Unix socket paths are limited to 108 bytes on Linux, and the session bus and keyring put
// sockets under XDG_RUNTIME_DIR, so the name part of the folder stays short.
const maxNameLength = 32;

/**
 * Creates a temporary home with its own XDG folders and a runtime folder of mode 0700, as
 * D-Bus and gnome-keyring require. ATLASSIFY_HOME points inside it but is not created, so the
 * product's own first-run code creates it.
 */
export async function makeTestHome(name: string): Promise<TestHome> {
  const safeName = name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, maxNameLength);
  const root = await mkdtemp(join(tmpdir(), `atlassify-${safeName}-`));
  const home = join(root, 'home');

  const env: TestHomeEnv = {
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    XDG_DATA_HOME: join(home, '.local', 'share'),
    XDG_CACHE_HOME: join(home, '.cache'),
    XDG_RUNTIME_DIR: join(root, 'run'),
    ATLASSIFY_HOME: join(root, 'atlassify'),
  };

  for (const dir of [env.XDG_CONFIG_HOME, env.XDG_DATA_HOME, env.XDG_CACHE_HOME]) {
    await mkdir(dir, { recursive: true });
  }
  await mkdir(env.XDG_RUNTIME_DIR, { mode: 0o700 });
  // mkdir applies the umask to the mode, so set it again explicitly.
  await chmod(env.XDG_RUNTIME_DIR, 0o700);

  return {
    root,
    env,
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
