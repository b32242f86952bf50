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
 * Starts `atlassify start` with `args` in a test home of its own (or in `prepared`, a home the
 * test set up), and Chromium (1100×800) on its window. `BROWSER=true` turns opening links into a
 * no-op; requests the window itself makes to hosts other than 127.0.0.1 are aborted. Call `stop`
 * in teardown; it also removes the home.
 */
export async function openWindow(
  name: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  prepared?: TestHome,
): Promise<AppWindow> {
  const home = prepared ?? (await makeTestHome(name));
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

// Keyboard reachability and labels of a screen's controls.

/** A control that Tab reached, with the role and accessible name that Chromium computed. */
export interface TabStop {
  role: string;
  name: string;
}

/** The controls a Tab walk reached, kept in the page while it runs. */
interface TabWalk {
  elements: Set<Element>;
  /** Keys of reached controls in feed rows, which the virtualized list may draw anew. */
  rowKeys: Set<string>;
  /** Returns the key of a control in a feed row, or null outside rows. */
  rowKeyOf(element: Element): string | null;
}

// More Tab stops than any screen has, so a walk that reaches it is caught in a focus loop.
const maxTabPresses = 400;

// Runs in the page after each Tab: the focused element when Tab reached it for the first time,
// else "body" (focus left the page, as after the last control) or "repeat" (the walk is round).
const focusProbe = `(() => {
  const walk = window.atlassifyTabWalk;
  const element = document.activeElement;
  if (!element || element === document.body) return 'body';
  const rowKey = walk.rowKeyOf(element);
  if (walk.elements.has(element) || (rowKey !== null && walk.rowKeys.has(rowKey))) return 'repeat';
  walk.elements.add(element);
  if (rowKey !== null) walk.rowKeys.add(rowKey);
  return element;
})()`;

/**
 * Presses Tab from the current focus until focus comes back to a control it already reached.
 * Fails when a reached control has no accessible name, and when a visible control that takes
 * focus was never reached. With a dialog open, only the dialog's controls count. The names come
 * from Chromium's accessibility tree through the DevTools protocol. Feed rows that the
 * virtualized list draws anew count as reached by their notification id. Returns the stops in
 * Tab order, and leaves no element focused.
 */
export async function expectLabelledTabOrder(page: Page, screen: string): Promise<TabStop[]> {
  const session = await page.context().newCDPSession(page);
  await page.evaluate(() => {
    const walk: TabWalk = {
      elements: new Set(),
      rowKeys: new Set(),
      rowKeyOf: (element) => {
        const row = element.closest('[data-notification-id]');
        if (!row) {
          return null;
        }
        const controls = Array.from(row.querySelectorAll<HTMLElement>('*')).filter(
          (candidate) => candidate.tabIndex >= 0,
        );
        const id = row.getAttribute('data-notification-id');
        return `${id}:${element === row ? 'row' : controls.indexOf(element as HTMLElement)}`;
      },
    };
    (window as unknown as { atlassifyTabWalk: TabWalk }).atlassifyTabWalk = walk;
  });
  const stops: TabStop[] = [];
  const unlabelled: string[] = [];
  try {
    for (let presses = 0; ; presses += 1) {
      expect(presses, `Tab presses on ${screen}`).toBeLessThan(maxTabPresses);
      await page.keyboard.press('Tab');
      const { result } = await session.send('Runtime.evaluate', { expression: focusProbe });
      if (result.value === 'repeat') {
        break;
      }
      if (result.objectId === undefined) {
        continue;
      }
      const { nodes } = await session.send('Accessibility.getPartialAXTree', {
        objectId: result.objectId,
        fetchRelatives: false,
      });
      const stop = {
        role: String(nodes[0]?.role?.value ?? ''),
        name: String(nodes[0]?.name?.value ?? '').trim(),
      };
      stops.push(stop);
      if (stop.name === '') {
        const html = await session.send('Runtime.callFunctionOn', {
          objectId: result.objectId,
          functionDeclaration: 'function () { return this.outerHTML.slice(0, 200); }',
          returnByValue: true,
        });
        unlabelled.push(`${stop.role}: ${String(html.result.value)}`);
      }
      await session.send('Runtime.releaseObject', { objectId: result.objectId });
    }
  } finally {
    await session.detach();
  }

  const unreached = await page.evaluate(() => {
    const walk = (window as unknown as { atlassifyTabWalk: TabWalk }).atlassifyTabWalk;
    const reached = (element: Element) => {
      const rowKey = walk.rowKeyOf(element);
      return walk.elements.has(element) || (rowKey !== null && walk.rowKeys.has(rowKey));
    };
    const dialogs = document.querySelectorAll('[role="dialog"]');
    const scope = dialogs[dialogs.length - 1] ?? document;
    // Arrow keys, not Tab, move between the radios of a group once one of them has focus.
    const reachedRadioGroups = new Set(
      Array.from(walk.elements)
        .filter((element) => element instanceof HTMLInputElement && element.type === 'radio')
        .map((element) => (element as HTMLInputElement).name),
    );
    return Array.from(scope.querySelectorAll<HTMLElement>('*'))
      .filter(
        (element) =>
          element.tabIndex >= 0 &&
          !reached(element) &&
          !element.matches(':disabled, [inert] *, input[type="hidden"]') &&
          !(element instanceof HTMLInputElement && reachedRadioGroups.has(element.name)) &&
          element.checkVisibility(),
      )
      .map((element) => element.outerHTML.slice(0, 200));
  });

  // The walk ends where it started, so focus is taken away again to keep focus rings out of
  // later screenshots.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  expect(stops.length, `Tab stops on ${screen}`).toBeGreaterThan(0);
  expect(unlabelled, `controls without an accessible name on ${screen}`).toEqual([]);
  const order = stops.map((stop) => `${stop.role} "${stop.name}"`).join(', ');
  expect(unreached, `controls that Tab never reached on ${screen}, after ${order}`).toEqual([]);
  return stops;
}
