import { describe, expect, it } from 'vitest';

import { ErrorCode } from '../errors/atlassify-error.ts';
import { normalizeSiteHost } from './site-host.ts';

describe('normalizeSiteHost', () => {
  it.each([
    ['acme.atlassian.net', 'acme.atlassian.net'],
    ['  ACME.Atlassian.net  ', 'acme.atlassian.net'],
    ['https://acme.atlassian.net/jira/your-work?x=1#y', 'acme.atlassian.net'],
    ['acme.atlassian.net/wiki/spaces/A', 'acme.atlassian.net'],
    ['http://acme.atlassian.net', 'acme.atlassian.net'],
    ['acme.atlassian.net.', 'acme.atlassian.net'],
    ['jira.example.com', 'jira.example.com'],
  ])('reduces %s', (input, host) => {
    expect(normalizeSiteHost(input)).toBe(host);
  });

  it.each([
    '',
    '   ',
    'not a host',
    'localhost',
    'ftp://acme.atlassian.net',
    'acme..net',
    '-x.example',
  ])('rejects %j', (input) => {
    expect(() => normalizeSiteHost(input)).toThrow(
      expect.objectContaining({ code: ErrorCode.invalidInput, details: { field: 'host' } }),
    );
  });
});
