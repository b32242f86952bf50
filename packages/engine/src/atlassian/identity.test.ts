import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../errors/atlassify-error.ts';
import { parseCloudIds, parseMe } from './identity.ts';

describe('parseMe', () => {
  it('reads the user', () => {
    const json = {
      data: {
        me: { user: { accountId: 'acc-1', name: 'Ada', picture: 'https://avatar.example/a.png' } },
      },
    };

    expect(parseMe(json)).toEqual({
      accountId: 'acc-1',
      name: 'Ada',
      picture: 'https://avatar.example/a.png',
    });
  });

  it('rejects a null user', () => {
    expect(() => parseMe({ data: { me: { user: null } } })).toThrow(
      expect.objectContaining({ code: ErrorCode.invalidCredentials }),
    );
  });

  it('throws on errors without data', () => {
    expect(() =>
      parseMe({ data: null, errors: [{ message: 'no', extensions: { statusCode: 401 } }] }),
    ).toThrow(expect.objectContaining({ code: ErrorCode.invalidCredentials }));
  });
});

describe('parseCloudIds', () => {
  it('lower-cases hosts and drops incomplete entries', () => {
    const json = {
      data: {
        tenantContexts: [
          { cloudId: 'c1', hostName: 'Acme.Atlassian.net' },
          { cloudId: null, hostName: 'unknown.atlassian.net' },
          null,
        ],
      },
    };

    expect(parseCloudIds(json)).toEqual([{ hostName: 'acme.atlassian.net', cloudId: 'c1' }]);
  });

  it('accepts a null list', () => {
    expect(parseCloudIds({ data: { tenantContexts: null } })).toEqual([]);
  });
});
