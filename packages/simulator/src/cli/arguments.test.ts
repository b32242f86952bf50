import { describe, expect, it } from 'vitest';
import { InvalidOptionError } from '../errors.ts';
import { parseCliArguments } from './arguments.ts';

describe('parseCliArguments', () => {
  it('no flags start with defaults', () => {
    expect(parseCliArguments([])).toEqual({
      kind: 'start',
      quiet: false,
      options: {
        port: undefined,
        userEmail: undefined,
        apiToken: undefined,
        clientId: undefined,
        clientSecret: undefined,
        callbackUrl: undefined,
        autoConsent: undefined,
        accessTokenTtlSeconds: undefined,
        refuseOAuthNotifications: undefined,
      },
    });
  });

  it('reads every flag', () => {
    const command = parseCliArguments([
      '--port',
      '4010',
      '--user-email=a@b.test',
      '--api-token',
      't',
      '--client-id',
      'c',
      '--client-secret',
      's',
      '--callback-url',
      'http://localhost:3000/callback',
      '--auto-consent',
      '--access-token-ttl',
      '90',
      '--refuse-oauth-notifications',
      '--quiet',
    ]);

    expect(command).toEqual({
      kind: 'start',
      quiet: true,
      options: {
        port: 4010,
        userEmail: 'a@b.test',
        apiToken: 't',
        clientId: 'c',
        clientSecret: 's',
        callbackUrl: 'http://localhost:3000/callback',
        autoConsent: true,
        accessTokenTtlSeconds: 90,
        refuseOAuthNotifications: true,
      },
    });
  });

  it('help wins over other flags', () => {
    expect(parseCliArguments(['--port', '1', '-h'])).toEqual({ kind: 'help' });
  });

  it('rejects non-numeric port', () => {
    expect(() => parseCliArguments(['--port', '40a'])).toThrow(InvalidOptionError);
    expect(() => parseCliArguments(['--port', '-1'])).toThrow(InvalidOptionError);
  });

  it('rejects positional arguments', () => {
    expect(() => parseCliArguments(['serve'])).toThrow(/--help/);
  });
});
