import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

import { openInBrowser } from '@atlassify/engine';

const appCapableBrowsers = [
  'chromium',
  'chromium-browser',
  'google-chrome',
  'google-chrome-stable',
  'microsoft-edge',
  'microsoft-edge-stable',
];

function findOnPath(name: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const folder of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(folder, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder; try the next one.
    }
  }
  return undefined;
}

/**
 * Opens the app window: `$BROWSER` when set, else a Chromium-family browser in app mode
 * (`--app=URL`, a window without tabs or address bar), else the default browser.
 */
export async function openWindow(url: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  if (env.BROWSER) {
    await openInBrowser(url, { env });
    return;
  }

  const browser =
    process.platform === 'linux'
      ? appCapableBrowsers.map((name) => findOnPath(name, env)).find(Boolean)
      : undefined;
  if (!browser) {
    await openInBrowser(url, { env });
    return;
  }

  const child = spawn(browser, [`--app=${url}`], { detached: true, stdio: 'ignore', env });
  child.unref();
}
