import type { Command } from 'commander';

import { ExitCode, ExitError } from '../exit/exit-error.ts';
import { printLine } from '../print/output.ts';
import { withEngine } from '../runtime/open-engine.ts';

const states = { on: true, off: false } as const;

/**
 * Adds `autostart [on|off]`: starts Atlassify at login, or stops doing so, through the
 * `launchAtLogin` setting. Without an argument it prints the state.
 */
export function addAutostartCommand(program: Command): void {
  program
    .command('autostart [state]')
    .description(
      'start Atlassify at login (on), stop doing so (off), or print whether it does; same as `settings set launchAtLogin`',
    )
    .action((state: string | undefined) => {
      const enabled = state === undefined ? undefined : parseState(state);
      return withEngine(async (engine, context) => {
        const launchAtLogin = context.launchAtLogin;
        if (!launchAtLogin) {
          throw new ExitError(
            `Launching at login is not supported on ${process.platform}.`,
            ExitCode.failure,
          );
        }

        if (enabled === undefined) {
          printLine(
            (await launchAtLogin.isEnabled())
              ? `Atlassify starts at login (${launchAtLogin.path}).`
              : 'Atlassify does not start at login. Turn it on with `atlassify autostart on`.',
          );
          return;
        }

        const before = engine.getSettings().launchAtLogin;
        await engine.updateSettings({ launchAtLogin: enabled });
        if (before === enabled) {
          // The setting did not change, so the engine wrote nothing. Writing or removing the entry
          // here repairs one that was deleted or that names an old Node.js path.
          await launchAtLogin.apply(enabled);
        }
        printLine(
          enabled
            ? `Atlassify starts at login: ${launchAtLogin.path}`
            : `Atlassify no longer starts at login; removed ${launchAtLogin.path}.`,
        );
      });
    });
}

function parseState(state: string): boolean {
  const key = state.trim().toLowerCase();
  if (key !== 'on' && key !== 'off') {
    throw new ExitError(`Invalid state "${state}": use on or off.`, ExitCode.usage);
  }
  return states[key];
}
