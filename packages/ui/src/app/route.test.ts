import { describe, expect, it } from 'vitest';

import { parseRoute, resolveScreen } from './route.ts';
import { reconnectDelay } from './use-snapshot.ts';

describe('parseRoute', () => {
  it('reads known routes', () => {
    expect(parseRoute('#/accounts')).toBe('accounts');
    expect(parseRoute('#/add-account')).toBe('add-account');
    expect(parseRoute('#notifications')).toBe('notifications');
  });

  it('defaults to notifications', () => {
    expect(parseRoute('')).toBe('notifications');
    expect(parseRoute('#/settings')).toBe('notifications');
  });
});

describe('resolveScreen', () => {
  it('shows welcome without accounts', () => {
    expect(resolveScreen('accounts', 0)).toBe('welcome');
    expect(resolveScreen('add-account', 0)).toBe('welcome');
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
