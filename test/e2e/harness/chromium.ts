import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';

/** Where `saveScreenshot` writes. The folder is in .gitignore. */
export const artifactsDir = fileURLToPath(new URL('../../../test-artifacts/', import.meta.url));

/**
 * Flags for a headless Chromium that reaches no network service on its own: no QUIC, sync,
 * component updates or background requests. `--no-sandbox` is needed because CI runs as root.
 */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Launches the system Chromium from ATLASSIFY_CHROMIUM, else /usr/bin/chromium, through
 * playwright-core. Close the browser in teardown.
 *
 * Each launch gets a fresh profile: Playwright creates a temporary `--user-data-dir` and
 * deletes it in `browser.close()`. Playwright rejects a `--user-data-dir` in `args`.
 */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.ATLASSIFY_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [...chromiumArgs, ...extraArgs],
    timeout: 30_000,
  });
}

/**
 * Saves a full-page PNG as `test-artifacts/<name>.png` at the repository root and returns its
 * path. The name defaults to the running test's name, with characters other than letters,
 * digits, dot, underscore and hyphen replaced by hyphens.
 */
export async function saveScreenshot(page: Page, name?: string): Promise<string> {
  const testName = name ?? expect.getState().currentTestName ?? 'screenshot';
  const fileName = `${testName.replace(/[^A-Za-z0-9._-]+/g, '-')}.png`;
  const path = join(artifactsDir, fileName);

  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path, fullPage: true });
  return path;
}
