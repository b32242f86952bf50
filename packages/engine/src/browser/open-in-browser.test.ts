import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { openInBrowser } from './open-in-browser.ts';

/**
 * Waits up to 15 s for the detached fake browser to write its arguments. A half-written file
 * does not parse yet, so it is read again.
 */
async function readWhenWritten(path: string): Promise<string[]> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const text = await readFile(path, 'utf8').catch(() => null);
    const parsed = text ? parseArguments(text) : null;
    if (parsed) {
      return parsed;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`the fake browser never wrote ${path}`);
}

function parseArguments(text: string): string[] | null {
  try {
    return JSON.parse(text) as string[];
  } catch {
    return null;
  }
}

describe('openInBrowser', () => {
  let folder: string;
  let script: string;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'atlassify browser '));
    script = join(folder, 'fake-browser.mjs');
    const output = join(folder, 'args.json');
    await writeFile(
      script,
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(output)}, JSON.stringify(process.argv.slice(2)));\n`,
    );
  });

  it('appends the URL to BROWSER', async () => {
    const env = { BROWSER: `"${process.execPath}" "${script}" --new-window` };

    await openInBrowser('https://example.test/a?b=1&c=2', { env });

    expect(await readWhenWritten(join(folder, 'args.json'))).toEqual([
      '--new-window',
      'https://example.test/a?b=1&c=2',
    ]);
  });

  it('replaces %s in BROWSER', async () => {
    const env = { BROWSER: `"${process.execPath}" "${script}" --app=%s --flag` };

    await openInBrowser('http://localhost:3000/x;rm', { env });

    expect(await readWhenWritten(join(folder, 'args.json'))).toEqual([
      '--app=http://localhost:3000/x;rm',
      '--flag',
    ]);
  });

  it('reports a missing BROWSER program', async () => {
    const env = { BROWSER: `"${join(folder, 'no-such-browser')}"` };

    await expect(openInBrowser('https://example.test/', { env })).rejects.toMatchObject({
      code: 'BROWSER_OPEN_FAILED',
      details: { program: join(folder, 'no-such-browser') },
    });
  });

  it('reports a BROWSER command that exits non-zero', async () => {
    const failing = join(folder, 'failing-browser.mjs');
    await writeFile(failing, 'process.exit(3);\n');
    const env = { BROWSER: `"${process.execPath}" "${failing}"` };

    await expect(openInBrowser('https://example.test/', { env })).rejects.toMatchObject({
      code: 'BROWSER_OPEN_FAILED',
      message: `The BROWSER command "${process.execPath}" exited with status 3 right after it started.`,
      details: { program: process.execPath, exitCode: 3 },
    });
  });

  it('does not wait for a browser that stays open', async ({ onTestFinished }) => {
    const lasting = join(folder, 'lasting-browser.mjs');
    const pidFile = join(folder, 'pid');
    await writeFile(
      lasting,
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(${JSON.stringify(pidFile)}, String(process.pid));\nsetTimeout(() => {}, 60_000);\n`,
    );
    const env = { BROWSER: `"${process.execPath}" "${lasting}"` };
    onTestFinished(async () => {
      const pid = Number(await readFile(pidFile, 'utf8').catch(() => ''));
      if (pid > 0) {
        process.kill(pid);
      }
    });

    const started = Date.now();
    await openInBrowser('https://example.test/', { env });

    // The wait for an early exit is 1.5 s, and the rest of the margin covers a slow start.
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('rejects a non-web URL', async () => {
    await expect(
      openInBrowser('file:///etc/passwd', { env: { BROWSER: 'true' } }),
    ).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });
});
