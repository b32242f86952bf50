import { describe, expect, it } from 'vitest';

import { logLevelFromEnvironment } from './environment.ts';

describe('logLevelFromEnvironment', () => {
  it('falls back when unset', () => {
    expect(logLevelFromEnvironment('warn', {})).toBe('warn');
    expect(logLevelFromEnvironment('info', { ATLASSIFY_LOG_LEVEL: '  ' })).toBe('info');
  });

  it('accepts levels in any case', () => {
    expect(logLevelFromEnvironment('warn', { ATLASSIFY_LOG_LEVEL: 'DEBUG' })).toBe('debug');
    expect(logLevelFromEnvironment('warn', { ATLASSIFY_LOG_LEVEL: 'silent' })).toBe('silent');
  });

  it('names an unknown level', () => {
    expect(() => logLevelFromEnvironment('warn', { ATLASSIFY_LOG_LEVEL: 'bogus' })).toThrow(
      expect.objectContaining({
        code: 'INVALID_INPUT',
        message: 'ATLASSIFY_LOG_LEVEL is "bogus", which is not a log level.',
        hint: expect.stringContaining('debug, info, warn or error'),
      }),
    );
  });
});
