/// <reference lib="dom" />
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { artifactsDir, launchChromium } from './harness/chromium.ts';
import { makeTestHome, type TestHome } from './harness/dirs.ts';
import { type ReadyProcess, spawnAndWaitForLine } from './harness/processes.ts';

export const repositoryRoot = fileURLToPath(new URL('../../', import.meta.url));
export const cliBin = join(repositoryRoot, 'packages/cli/bin/atlassify.js');
const screenshotsDir = join(repositoryRoot, 'docs/screenshots');
const axeSource = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

// tsx compiles the sources on start, which takes a few seconds on a busy machine.
export const startTimeoutMs = 30_000;
// Maximum wait for a change in the window, which may follow a poll of the simulator.
export const uiTimeoutMs = 15_000;
export const demoEmail = 'demo@atlassify.test';

/** An engine started by a test, with its Chromium page. */
export interface AppWindow {
  home: TestHome;
  engine: ReadyProcess;
  launchUrl: string;
  browser: Browser;
  page: Page;
  stop(): Promise<void>;
}

/**
 * Starts `atlassify start` with `args` in a test home of its own, and Chromium (1100×800) on its
 * window. `BROWSER=true` turns opening links into a no-op; requests the window itself makes to
 * hosts other than 127.0.0.1 are aborted. Call `stop` in teardown.
 */
export async function openWindow(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): Promise<AppWindow> {
  const home = await makeTestHome(name);
  const engine = await spawnAndWaitForLine(
    process.execPath,
    [cliBin, 'start', '--no-open', '--port', '0', ...args],
    {
      cwd: repositoryRoot,
      env: { ...home.env, BROWSER: 'true', ATLASSIFY_CREDENTIAL_STORE: 'file', ...env },
      pattern: /Atlassify is running at (http:\/\/\S+)/,
      timeoutMs: startTimeoutMs,
    },
  );
  const launchUrl = engine.match[1] as string;
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  // The demo that the landing screen starts runs on another loopback port, so loopback stays open.
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'data:',
    (route) => route.abort(),
  );
  const page = await context.newPage();
  page.setDefaultTimeout(uiTimeoutMs);
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(launchUrl);

  return {
    home,
    engine,
    launchUrl,
    browser,
    page,
    stop: async () => {
      await browser.close();
      await engine.stop();
      await home.remove();
    },
  };
}

/** Sends a request to the engine's API with the window's session. */
export async function engineRequest<T>(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api${path}`, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? null : JSON.stringify(body),
      });
      const text = await response.text();
      return (text ? JSON.parse(text) : null) as T;
    },
    { method, path, body },
  );
}

/**
 * Runs axe-core on the page and fails on serious or critical violations, naming each rule and
 * the first elements it hit.
 */
export async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    // The engine's Content-Security-Policy blocks script tags, so axe is evaluated directly.
    await page.evaluate(await readFile(axeSource, 'utf8'));
  }
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (context: Document) => Promise<{
            violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }>;
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map(
        (violation) =>
          `${violation.id}: ${violation.nodes
            .slice(0, 3)
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
  });
  expect(violations, `axe violations on ${screen}`).toEqual([]);
}

/**
 * Saves a screenshot of the viewport (a virtualized list makes full-page shots huge) as
 * `test-artifacts/ui-<name>.png` and, when ATLASSIFY_UPDATE_SCREENSHOTS is set and `forReadme`,
 * also to docs/screenshots for the README.
 */
export async function saveScreen(page: Page, name: string, forReadme = false): Promise<void> {
  await mkdir(artifactsDir, { recursive: true });
  await page.screenshot({ path: join(artifactsDir, `ui-${name}.png`) });
  if (forReadme && process.env.ATLASSIFY_UPDATE_SCREENSHOTS) {
    await mkdir(screenshotsDir, { recursive: true });
    await page.screenshot({ path: join(screenshotsDir, `${name}.png`) });
  }
}
