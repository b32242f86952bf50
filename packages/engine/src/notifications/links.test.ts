import { describe, expect, it } from 'vitest';

import { chooseOpenUrl, isOpenableAtlassianUrl, notificationsPageUrl } from './links.ts';

describe('isOpenableAtlassianUrl', () => {
  it.each([
    'https://example-site.atlassian.net/browse/ABC-1',
    'https://home.atlassian.com/notifications',
    'https://atlassian.com/',
    'https://bitbucket.org/team/repo/pull-requests/1',
    'https://legacy.jira.com/browse/X-1',
    'https://EXAMPLE.Atlassian.NET/wiki',
  ])('accepts %s', (url) => {
    expect(isOpenableAtlassianUrl(url)).toBe(true);
  });

  it.each([
    'http://example-site.atlassian.net/browse/ABC-1',
    'javascript:alert(1)',
    'https://atlassian.net.evil.example/',
    'https://evilatlassian.net/',
    'https://user:pass@example-site.atlassian.net/',
    'https://example-site.atlassian.net:8443/',
    'file:///etc/passwd',
    '',
    'not a url',
    null,
    undefined,
  ])('rejects %s', (url) => {
    expect(isOpenableAtlassianUrl(url)).toBe(false);
  });
});

describe('chooseOpenUrl', () => {
  it('returns the first safe candidate', () => {
    expect(chooseOpenUrl(['http://x.atlassian.net/', '', null, 'https://bitbucket.org/a'])).toBe(
      'https://bitbucket.org/a',
    );
  });

  it('falls back to the notifications page', () => {
    expect(chooseOpenUrl([null, 'https://evil.example/'])).toBe(notificationsPageUrl);
    expect(notificationsPageUrl).toBe('https://home.atlassian.com/notifications');
  });
});
