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
  false: false,
  yes: true,
  no: false,
  on: true,
  off: false,
};

/** A plain decimal integer: no sign other than `-`, no exponent, no hex, no fraction. */
const decimalInteger = /^-?\d+$/;

/** Joins words as "a, b or c". */
function listWords(words: readonly string[]): string {
  return words.length <= 1
    ? (words[0] ?? '')
    : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}

/** Describes the values a setting accepts, from its schema, as in "a whole number from 0 to 100". */
export function expectedValues(key: keyof Settings): string {
  const field = settingsPatchSchema.shape[key].unwrap();
  switch (field.type) {
    case 'boolean':
      return listWords(Object.keys(booleanWords));
    case 'enum':
      return `one of ${field.options.join(', ')}`;
    case 'number': {
      const kind = field.isInt ? 'a whole number' : 'a number';
      const min = field.minValue;
      const max = field.maxValue;
      const hasMin = min !== null && Number.isFinite(min);
      const hasMax = max !== null && Number.isFinite(max);
      if (hasMin && hasMax) {
        return `${kind} from ${min} to ${max}`;
      }
      if (hasMin) {
        return `${kind} of at least ${min}`;
      }
      return hasMax ? `${kind} of at most ${max}` : kind;
    }
  }
}

/** Converts the command-line text to the setting's type, or returns undefined when it cannot. */
function valueFromText(key: keyof Settings, text: string): unknown {
  switch (typeof defaultSettings[key]) {
    case 'boolean':
      return booleanWords[text];
    case 'number':
      return decimalInteger.test(text) ? Number(text) : undefined;
    default:
      return text;
  }
}

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

  const parsedValue = valueFromText(key, value.trim().toLowerCase());
  const parsed =
    parsedValue === undefined ? undefined : settingsPatchSchema.safeParse({ [key]: parsedValue });
  if (!parsed?.success) {
    throw new ExitError(
      `Invalid value "${value}" for ${key}: expected ${expectedValues(key)}.`,
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
