import { describe, expect, it } from 'vitest';

import { parseRoute, resolveScreen } from './route.ts';
import { reconnectDelay } from './use-snapshot.ts';

describe('parseRoute', () => {
  it('reads known routes', () => {
    expect(parseRoute('#/accounts')).toBe('accounts');
    expect(parseRoute('#/add-account')).toBe('add-account');
    expect(parseRoute('#/settings')).toBe('settings');
    expect(parseRoute('#/filters')).toBe('filters');
    expect(parseRoute('#notifications')).toBe('notifications');
  });

  it('defaults to notifications', () => {
    expect(parseRoute('')).toBe('notifications');
    expect(parseRoute('#/unknown')).toBe('notifications');
  });
});

describe('resolveScreen', () => {
  it('shows landing without accounts', () => {
    expect(resolveScreen('accounts', 0)).toBe('landing');
    expect(resolveScreen('notifications', 0)).toBe('landing');
    expect(resolveScreen('filters', 0)).toBe('landing');
  });

  it('allows sign-in and settings without accounts', () => {
    expect(resolveScreen('add-account', 0)).toBe('add-account');
    expect(resolveScreen('settings', 0)).toBe('settings');
  });

  it('keeps the route with accounts', () => {
    expect(resolveScreen('accounts', 1)).toBe('accounts');
  });
});

describe('reconnectDelay', () => {
  it('doubles from one second', () => {
    expect([0, 1, 2, 3].map(reconnectDelay)).toEqual([1000, 2000, 4000, 8000]);
  });

  it('stops at thirty seconds', () => {
    expect(reconnectDelay(10)).toBe(30_000);
  });
});
