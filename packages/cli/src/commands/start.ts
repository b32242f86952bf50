import {
  claimInstance,
  type OwnInstance,
  type RunningInstance,
  startHttpServer,
  startTray,
  type TrayIcon,
  trayStateOf,
} from '@atlassify/engine';
import { uiDistPath } from '@atlassify/ui';

import { printError, printLine } from '../print/output.ts';
import { type EngineContext, engineHome, openEngine } from '../runtime/open-engine.ts';
import { openWindow } from '../window/open-window.ts';

export interface StartOptions {
  demo: boolean;
  open: boolean;
  port: number;
  /** Show a tray icon where the desktop has a tray host. */
  tray: boolean;
  /** With `open: false`, open the window anyway when no tray icon can be shown. */
  openIfNoTray: boolean;
}

/** Printed once when there is no tray icon, so the user knows how to reach the engine. */
export const noTrayHostMessage =
  'No tray host found; Atlassify stays reachable through its window and `atlassify start`.';

/**
 * Runs the engine with its app window until Ctrl-C, SIGTERM, SIGHUP or Quit in the tray. One
 * engine serves a state folder: when one already runs there, this opens a window on it and
 * returns.
 */
export async function startCommand(options: StartOptions): Promise<void> {
  // Signals are caught from the first step. A stop requested during start-up takes effect once
  // the engine is up, so the instance file and its lock are removed, unless a second signal
  // forces an exit.
  const stop = stopRequest();
  const home = await engineHome({ demo: options.demo });
  const claimed = await claimInstance(home);
  if (claimed.kind === 'running') {
    showRunningEngine(claimed.instance, options);
    return;
  }

  try {
    await runEngine(options, claimed.claim, stop);
  } finally {
    await claimed.claim.release().catch((error: unknown) => {
      printError(`Could not remove the instance file: ${messageOf(error)}`);
    });
  }
}

/** Points the user at the engine that already runs, and opens its window unless `--no-open`. */
function showRunningEngine(instance: RunningInstance, options: StartOptions): void {
  printLine(`Atlassify is already running (process ${instance.pid}); using it.`);
  printLine(`Atlassify is running at ${instance.launchUrl}`);
  if (options.open) {
    openWindowOrSay(instance.launchUrl);
  }
}

async function runEngine(
  options: StartOptions,
  instance: OwnInstance,
  stop: StopRequest,
): Promise<void> {
  const context = await openEngine({ demo: options.demo, longRunning: true });
  let tray: TrayIcon | null = null;
  try {
    const server = await startHttpServer({
      engine: context.engine,
      logger: context.logger,
      uiDir: uiDistPath,
      port: options.port,
    });
    await instance.markRunning({ port: server.port, launchUrl: server.launchUrl });
    await context.engine.start();

    if (!stop.signal.aborted) {
      printStarted(context, server.launchUrl);
    }

    tray = options.tray ? await showTray(context, server.launchUrl, stop) : null;
    const wantsWindow = options.open || (options.openIfNoTray && tray === null);
    if (wantsWindow && !stop.signal.aborted) {
      openWindowOrSay(server.launchUrl);
    }

    const reason = await stop.requested;
    context.logger.info({ reason }, 'stopping');
    await tray?.close();
    await server.close();
  } finally {
    await tray?.close();
    await context.close();
  }
}

function printStarted(context: EngineContext, launchUrl: string): void {
  if (context.simulatorUrl) {
    printLine(
      `Demo mode: a simulated Atlassian Cloud runs at ${context.simulatorUrl}; no real account is used.`,
    );
  }
  printLine(`Atlassify is running at ${launchUrl}`);
  printLine(`Log: ${context.logFile}. Press Ctrl-C to stop.`);
}

/**
 * Shows the tray icon with the unread count, or prints once why there is none. Returns null
 * without an icon.
 */
async function showTray(
  context: EngineContext,
  launchUrl: string,
  stop: StopRequest,
): Promise<TrayIcon | null> {
  const started = await startTray({
    logger: context.logger.child({ module: 'tray' }),
    actions: {
      open: () => openWindowOrSay(launchUrl),
      refresh: () => refreshFromTray(context),
      quit: () => stop.request('quit from the tray'),
    },
    signal: stop.signal,
  });
  // A stop requested while the tray program was starting leaves no icon and prints nothing.
  if (stop.signal.aborted) {
    if (started.shown) {
      await started.tray.close();
    }
    return null;
  }
  if (!started.shown) {
    context.logger.info({ reason: started.reason }, 'no tray icon');
    printLine(
      started.hostFound
        ? `The tray icon could not be shown (${started.reason}); Atlassify stays reachable through its window and \`atlassify start\`.`
        : noTrayHostMessage,
    );
    return null;
  }

  const { tray } = started;
  tray.show(trayStateOf(context.engine.snapshot()));
  context.engine.subscribe((snapshot) => tray.show(trayStateOf(snapshot)));
  context.logger.info('tray icon shown');
  return tray;
}

function refreshFromTray(context: EngineContext): void {
  context.engine.refresh().catch((error: unknown) => {
    context.logger.error({ err: error }, 'refresh from the tray failed');
  });
}

/** A stop asked for by Ctrl-C, SIGTERM, SIGHUP (the terminal closed) or `request()`. */
interface StopRequest {
  /** Resolves with what asked to stop. */
  requested: Promise<string>;
  request(reason: string): void;
  /** Aborts when a stop is asked for, so start-up steps still waiting can give up. */
  signal: AbortSignal;
}

function stopRequest(): StopRequest {
  const controller = new AbortController();
  let resolveRequested: (reason: string) => void = () => {};
  const requested = new Promise<string>((resolve) => {
    resolveRequested = resolve;
  });
  const request = (reason: string) => {
    controller.abort();
    resolveRequested(reason);
  };
  // The listeners stay for the life of the process. Node removes a `once` listener before the
  // signal's other listeners run. signal-exit (loaded by proper-lockfile) then finds no other
  // listener and re-raises the signal, which ends the process before it stops cleanly.
  for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(name, () => {
      // A second signal exits without waiting for the stop. Only Ctrl-C comes from a terminal
      // that shows the message.
      if (controller.signal.aborted) {
        if (name === 'SIGINT') {
          printError('Stopping at once.');
        }
        process.exit(exitCodeForSignal[name]);
      }
      request(name);
    });
  }
  return { requested, request, signal: controller.signal };
}

/** The shell's exit codes for a process ended by each signal (128 + the signal's number). */
const exitCodeForSignal = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

function openWindowOrSay(url: string): void {
  openWindow(url).catch((error: unknown) => {
    printError(`Could not open a window (${messageOf(error)}). Open the URL above.`);
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
