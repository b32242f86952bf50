import { spawn } from 'node:child_process';

import open from 'open';

import { AtlassifyError, ErrorCode, InputError } from '../errors/atlassify-error.ts';
import { splitCommandLine } from './command-line.ts';

export interface OpenInBrowserOptions {
  /** Read for `BROWSER`; `process.env` by default. */
  env?: NodeJS.ProcessEnv;
  /**
   * Leaves the browser behind the current window. Only the `open` package's macOS opener
   * supports it; `BROWSER` commands and other systems ignore it.
   */
  background?: boolean;
}

/**
 * Opens an http(s) URL. When `BROWSER` is set, it runs as a command without a shell. The URL
 * replaces `%s` in its arguments, or is appended as the last argument. Without `BROWSER`, the
 * `open` package starts the system's default browser. Resolves once the command has started,
 * except that a `BROWSER` command exiting with a non-zero status within `earlyExitWindowMs` rejects
 * with BROWSER_OPEN_FAILED. Neither way can tell whether a browser window appeared, so callers
 * should print the URL too.
 */
export async function openInBrowser(
  url: string,
  options: OpenInBrowserOptions = {},
): Promise<void> {
  assertWebUrl(url);
  const command = (options.env ?? process.env).BROWSER?.trim();
  if (command) {
    await runBrowserCommand(splitCommandLine(command), url);
    return;
  }

  try {
    await open(url, { background: options.background ?? false });
  } catch (error) {
    throw new AtlassifyError(ErrorCode.browserOpenFailed, 'Could not start the default browser.', {
      hint: 'Set BROWSER to your browser command, then try again.',
      cause: error,
    });
  }
}

/**
 * Time a `BROWSER` command may run before it counts as started. A non-zero exit within it is a
 * failure, as with `BROWSER=false`. A command still running then is a browser that stays open.
 * NOTE: 1.5 s is an estimate, so a command that fails later counts as started.
 */
const earlyExitWindowMs = 1500;

async function runBrowserCommand(words: string[], url: string): Promise<void> {
  const [program, ...rest] = words;
  if (!program) {
    return;
  }
  const hasPlaceholder = rest.some((word) => word.includes('%s'));
  const args = hasPlaceholder ? rest.map((word) => word.replaceAll('%s', url)) : [...rest, url];

  await new Promise<void>((resolve, reject) => {
    const child = spawn(program, args, { detached: true, stdio: 'ignore', shell: false });
    let timer: NodeJS.Timeout | undefined;
    // The child stays referenced while the timer runs, so this process waits for its exit event.
    const stopWaiting = () => {
      clearTimeout(timer);
      child.unref();
    };

    child.once('spawn', () => {
      timer = setTimeout(() => {
        stopWaiting();
        resolve();
      }, earlyExitWindowMs);
    });
    child.once('exit', (exitCode, signal) => {
      stopWaiting();
      if (exitCode === 0) {
        resolve();
        return;
      }
      const ending =
        exitCode === null ? `was ended by ${signal}` : `exited with status ${exitCode}`;
      reject(
        new AtlassifyError(
          ErrorCode.browserOpenFailed,
          `The BROWSER command "${program}" ${ending} right after it started.`,
          {
            hint: 'Fix or unset the BROWSER variable, then try again.',
            details: {
              program,
              ...(exitCode === null ? { signal: signal ?? undefined } : { exitCode }),
            },
          },
        ),
      );
    });
    child.once('error', (error: NodeJS.ErrnoException) => {
      stopWaiting();
      reject(
        new AtlassifyError(
          ErrorCode.browserOpenFailed,
          `Could not run the BROWSER command "${program}": ${error.code ?? error.message}.`,
          {
            hint: 'Fix or unset the BROWSER variable, then try again.',
            cause: error,
            details: { program },
          },
        ),
      );
    });
  });
}

function assertWebUrl(url: string): void {
  let protocol: string | null = null;
  try {
    protocol = new URL(url).protocol;
  } catch {
    protocol = null;
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new InputError(
      ErrorCode.invalidInput,
      'Only http and https URLs are opened in the browser.',
      {
        details: { field: 'url' },
      },
    );
  }
}
