import { startHttpServer } from '@atlassify/engine';
import { uiDistPath } from '@atlassify/ui';

import { printError, printLine } from '../print/output.ts';
import { engineLogFile, openEngine } from '../runtime/open-engine.ts';
import { openWindow } from '../window/open-window.ts';

export interface StartOptions {
  demo: boolean;
  open: boolean;
  port: number;
}

function waitForStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve('SIGINT'));
    process.once('SIGTERM', () => resolve('SIGTERM'));
  });
}

/** Runs the engine with its app window until Ctrl-C or SIGTERM. */
export async function startCommand(options: StartOptions): Promise<void> {
  const context = await openEngine({ demo: options.demo, longRunning: true });

  try {
    const server = await startHttpServer({
      engine: context.engine,
      logger: context.logger,
      uiDir: uiDistPath,
      port: options.port,
    });
    await context.engine.start();

    if (context.simulatorUrl) {
      printLine(
        `Demo mode: a simulated Atlassian Cloud runs at ${context.simulatorUrl}; no real account is used.`,
      );
    }
    printLine(`Atlassify is running at ${server.launchUrl}`);
    printLine(`Log: ${engineLogFile()}. Press Ctrl-C to stop.`);

    if (options.open) {
      openWindow(server.launchUrl).catch((error: unknown) => {
        printError(
          `Could not open a window (${error instanceof Error ? error.message : String(error)}). Open the URL above.`,
        );
      });
    }

    const signal = await waitForStopSignal();
    context.logger.info({ signal }, 'stopping');
    await server.close();
  } finally {
    await context.close();
  }
}
