import { describe, expect, it } from 'vitest';

import { formatRelativeTime } from './relative-time.ts';

const now = new Date('2025-06-01T12:00:00.000Z');
const before = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString();

describe('formatRelativeTime', () => {
  it('reads under a minute as now', () => {
    expect(formatRelativeTime(before(30), now, 'en')).toBe('now');
  });

  it('uses the largest whole unit', () => {
    expect(formatRelativeTime(before(5 * 60), now, 'en')).toBe('5 minutes ago');
    expect(formatRelativeTime(before(3 * 3600), now, 'en')).toBe('3 hours ago');
    expect(formatRelativeTime(before(24 * 3600), now, 'en')).toBe('yesterday');
    expect(formatRelativeTime(before(9 * 24 * 3600), now, 'en')).toBe('last week');
    expect(formatRelativeTime(before(400 * 24 * 3600), now, 'en')).toBe('last year');
  });

  it('rounds down within a unit', () => {
    expect(formatRelativeTime(before(119 * 60), now, 'en')).toBe('1 hour ago');
  });

  it('formats future times', () => {
    const later = new Date(now.getTime() + 2 * 3600 * 1000).toISOString();
    expect(formatRelativeTime(later, now, 'en')).toBe('in 2 hours');
  });

  it('follows the language', () => {
    expect(formatRelativeTime(before(5 * 60), now, 'de')).toBe('vor 5 Minuten');
    expect(formatRelativeTime(before(24 * 3600), now, 'fr')).toBe('hier');
  });

  it('returns empty for invalid timestamps', () => {
    expect(formatRelativeTime('not a date', now, 'en')).toBe('');
  });
});
