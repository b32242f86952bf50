import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Gives the whole test run one temporary folder (TMPDIR, which `os.tmpdir()` and child processes
 * read) and removes it afterwards, so folders a test forgets to delete do not pile up in /tmp.
 */
export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'atlassify-test-run-'));
  process.env.TMPDIR = root;

  return () => {
    rmSync(root, { recursive: true, force: true });
    if (previous === undefined) {
      delete process.env.TMPDIR;
    } else {
      process.env.TMPDIR = previous;
    }
  };
}
