import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Set while a run folder exists, so the setup of each vitest project reuses it. */
const runFolderVariable = 'ATLASSIFY_TEST_RUN_DIR';

/**
 * Gives the whole test run one temporary folder (TMPDIR, which `os.tmpdir()` and child processes
 * read) and removes it afterwards, so folders a test forgets to delete do not pile up in /tmp.
 * Vitest runs this setup once for the root config and once more for every project that extends
 * it. Only the first call creates the folder: nested folders would push the Unix socket paths of
 * the test session buses past Linux's limit of 108 bytes.
 */
export default function setup(): () => void {
  if (process.env[runFolderVariable] !== undefined) {
    return () => {};
  }

  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'atlassify-test-run-'));
  process.env.TMPDIR = root;
  process.env[runFolderVariable] = root;

  return () => {
    rmSync(root, { recursive: true, force: true });
    delete process.env[runFolderVariable];
    if (previous === undefined) {
      delete process.env.TMPDIR;
    } else {
      process.env.TMPDIR = previous;
    }
  };
}
