import { describe, expect, it } from 'vitest';
import { avatarDataUri, iconDataUri, initialsOf } from './images.ts';
import { buildSeededNotifications } from './seed.ts';
import { SEEDED_SITES } from './sites.ts';
import { createDemoUser } from './users.ts';

function svgOf(uri: string): string {
  const [prefix, data] = uri.split(',', 2);
  expect(prefix).toBe('data:image/svg+xml;base64');
  return Buffer.from(data ?? '', 'base64').toString('utf8');
}

describe('seeded images', () => {
  it.for([
    ['Dana Demo', 'DD'],
    ['Mateo Álvarez', 'MÁ'],
    ['Rovo', 'R'],
    ['automation-for-jira', 'AF'],
    ['', '?'],
  ])('initials of %j are %j', ([name, initials]) => {
    expect(initialsOf(name ?? '')).toBe(initials);
  });

  it('avatar shows the initials', () => {
    expect(svgOf(avatarDataUri('Priya Raman'))).toContain('>PR</text>');
  });

  it('escapes markup in labels', () => {
    expect(svgOf(iconDataUri('<b'))).toContain('&lt;B');
  });

  it('seed names no outside image host', () => {
    const user = createDemoUser('demo@atlassify.test', 'token');
    const images = [
      user.picture,
      ...SEEDED_SITES.map((site) => site.avatarUrl),
      ...buildSeededNotifications(Date.now()).flatMap(({ item }) => [
        item.content.actor.avatarURL,
        item.content.entity?.iconUrl,
        ...(item.content.path ?? []).map((entry) => entry.iconUrl),
      ]),
    ].filter((url): url is string => typeof url === 'string');

    expect(images.length).toBeGreaterThan(10);
    expect(images.filter((url) => !url.startsWith('data:'))).toEqual([]);
  });
});
