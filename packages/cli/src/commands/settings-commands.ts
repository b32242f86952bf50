import {
  defaultSettings,
  type Settings,
  type SettingsPatch,
  settingsPatchSchema,
} from '@atlassify/engine';
import type { Command } from 'commander';

import { ExitCode, ExitError } from '../exit/exit-error.ts';
import { printJson, printLine } from '../print/output.ts';
import { withEngine } from '../runtime/open-engine.ts';

const booleanWords: Record<string, boolean> = {
  true: true,
  on: true,
  yes: true,
  false: false,
  off: false,
  no: false,
};

/** Parses `NAME VALUE` into a settings change, or throws a usage error naming what is wrong. */
export function parseSetting(name: string, value: string): SettingsPatch {
  const names = Object.keys(defaultSettings) as Array<keyof Settings>;
  const key = names.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  if (!key) {
    throw new ExitError(
      `Unknown setting "${name}".`,
      ExitCode.usage,
      `Settings: ${names.join(', ')}.`,
    );
  }

  const text = value.trim().toLowerCase();
  const kind = typeof defaultSettings[key];
  const parsedValue =
    kind === 'boolean'
      ? booleanWords[text]
      : kind === 'string'
        ? text
        : text === ''
          ? Number.NaN
          : Number(text);
  const parsed = settingsPatchSchema.safeParse({ [key]: parsedValue });
  if (parsedValue === undefined || !parsed.success) {
    const expected =
      kind === 'boolean' ? 'true or false' : (parsed.error?.issues[0]?.message ?? 'a whole number');
    throw new ExitError(
      `Invalid value "${value}" for ${key}: expected ${expected}.`,
      ExitCode.usage,
    );
  }
  return parsed.data;
}

/** Adds `settings` (print them) and `settings set NAME VALUE`. */
export function addSettingsCommands(program: Command): void {
  const settings = program
    .command('settings')
    .description('print the settings the app window and these commands use')
    .option('--json', 'print JSON', false)
    .action((flags: { json: boolean }) =>
      withEngine(async (engine) => {
        const current = engine.getSettings();
        if (flags.json) {
          printJson(current);
          return;
        }
        for (const [name, value] of Object.entries(current)) {
          printLine(`${name} = ${String(value)}`);
        }
      }),
    );

  settings
    .command('set <name> <value>')
    .description('change one setting, such as `atlassify settings set groupByProduct true`')
    .action((name: string, value: string) =>
      withEngine(async (engine) => {
        const patch = parseSetting(name, value);
        const next = await engine.updateSettings(patch);
        for (const key of Object.keys(patch) as Array<keyof Settings>) {
          printLine(`${key} = ${String(next[key])}`);
        }
      }),
    );
}
