import { maxPollIntervalSeconds, minPollIntervalSeconds } from '@atlassify/engine';
import { describe, it } from 'vitest';

import { parseSetting } from '../src/commands/settings-commands.ts';
import { ExitCode, ExitError } from '../src/exit/exit-error.ts';

/** Returns the usage error that `parseSetting` throws, or fails when it throws none. */
function rejection(name: string, value: string): ExitError {
  try {
    parseSetting(name, value);
  } catch (error) {
    if (error instanceof ExitError) {
      return error;
    }
    throw error;
  }
  throw new Error(`parseSetting accepted ${name}=${JSON.stringify(value)}`);
}

describe('settings set values', () => {
  it.for([
    ['volume', '101', 'Invalid value "101" for volume: expected a whole number from 0 to 100.'],
    ['volume', '-1', 'Invalid value "-1" for volume: expected a whole number from 0 to 100.'],
    ['volume', '5.5', 'Invalid value "5.5" for volume: expected a whole number from 0 to 100.'],
    ['volume', '0x10', 'Invalid value "0x10" for volume: expected a whole number from 0 to 100.'],
    ['volume', '1e1', 'Invalid value "1e1" for volume: expected a whole number from 0 to 100.'],
    ['volume', '+5', 'Invalid value "+5" for volume: expected a whole number from 0 to 100.'],
    ['volume', '', 'Invalid value "" for volume: expected a whole number from 0 to 100.'],
    ['volume', 'loud', 'Invalid value "loud" for volume: expected a whole number from 0 to 100.'],
    [
      'pollIntervalSeconds',
      '10',
      `Invalid value "10" for pollIntervalSeconds: expected a whole number from ${minPollIntervalSeconds} to ${maxPollIntervalSeconds}.`,
    ],
    ['theme', 'purple', 'Invalid value "purple" for theme: expected one of system, light, dark.'],
    [
      'playSound',
      'maybe',
      'Invalid value "maybe" for playSound: expected true, false, yes, no, on or off.',
    ],
  ] as const)('rejects %s %j', ([name, value, message], { expect }) => {
    const error = rejection(name, value);

    expect(error.message).toBe(message);
    expect(error.exitCode).toBe(ExitCode.usage);
  });

  it('messages carry no schema wording', ({ expect }) => {
    for (const [name, value] of [
      ['volume', '101'],
      ['volume', '5.5'],
      ['volume', 'abc'],
      ['theme', 'purple'],
      ['zoomPercentage', '10'],
    ]) {
      const message = rejection(name ?? '', value ?? '').message;
      expect(message).not.toMatch(/Too big|Too small|Invalid option|Invalid input|NaN|received/);
    }
  });

  it.for([
    ['volume', ' 5 ', { volume: 5 }],
    ['volume', '0', { volume: 0 }],
    ['volume', '100', { volume: 100 }],
    ['volume', '007', { volume: 7 }],
    ['playSound', 'Yes', { playSound: true }],
    ['playSound', 'off', { playSound: false }],
    ['theme', ' Dark ', { theme: 'dark' }],
  ] as const)('accepts %s %j', ([name, value, patch], { expect }) => {
    expect(parseSetting(name, value)).toEqual(patch);
  });
});
