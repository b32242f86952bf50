import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  fixtureNow,
  makeAccount,
  makeFeed,
  makeNotification,
  makeSnapshot,
} from '../../test/fixtures.ts';
import { WindowProviders } from '../../test/providers.tsx';
import { NotificationsScreen } from './NotificationsScreen.tsx';

beforeEach(() => {
  vi.useFakeTimers({ now: fixtureNow, toFake: ['Date'] });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderRow(overrides: Parameters<typeof makeNotification>[0] = {}) {
  const snapshot = makeSnapshot({
    accounts: [makeAccount()],
    feeds: [makeFeed({ notifications: [makeNotification(overrides)] })],
  });
  render(
    <WindowProviders snapshot={snapshot}>
      <NotificationsScreen snapshot={snapshot} focusTitle={false} onSignIn={() => {}} />
    </WindowProviders>,
  );
  return screen.getByTestId('notification-row');
}

describe('NotificationRow', () => {
  it('shows message, time, entity and path', () => {
    const row = renderRow();

    expect(row.getAttribute('data-notification-id')).toBe('n-1');
    expect(row.getAttribute('aria-posinset')).toBe('1');
    expect(row.getAttribute('aria-setsize')).toBe('1');
    expect(screen.getByText('Alice assigned you NIM-42')).toBeTruthy();
    expect(screen.getByText('5 minutes ago')).toBeTruthy();
    expect(screen.getByText('NIM-42: Fix sign-in')).toBeTruthy();
    expect(screen.getByText('Jira · Nimbus Platform')).toBeTruthy();
  });

  it('shows an issue key once', () => {
    renderRow({
      entity: { title: 'Fix sign-in', url: null, iconUrl: null },
      path: { title: 'NIM-42 Fix sign-in', url: null, iconUrl: null },
    });

    expect(screen.getByText('Fix sign-in')).toBeTruthy();
    expect(screen.getByText('Jira · NIM-42')).toBeTruthy();
  });

  it('renders markup in feed text as text', () => {
    const message = 'Eve commented <script>alert(1)</script> & left';
    const row = renderRow({
      message,
      entity: { title: '<b>bold</b>', url: null, iconUrl: null },
    });

    expect(row.querySelector('script')).toBeNull();
    expect(row.querySelector('b')).toBeNull();
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.getByText('<b>bold</b>')).toBeTruthy();
  });

  it('names the group updates', () => {
    renderRow({ groupSize: 3, additionalActors: [{ displayName: 'Bob', avatarUrl: null }] });
    expect(screen.getByText('+2 updates from Bob')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Show the updates of this group' })).toBeTruthy();
  });

  it('names several extra actors', () => {
    renderRow({
      groupSize: 4,
      additionalActors: [
        { displayName: 'Bob', avatarUrl: null },
        { displayName: 'Carol', avatarUrl: null },
      ],
    });
    expect(screen.getByText('+3 updates from Bob and others')).toBeTruthy();
  });

  it('counts group updates without actors', () => {
    renderRow({ groupSize: 2 });
    expect(screen.getByText('+1 other update')).toBeTruthy();
  });

  it('hides the group line for one item', () => {
    const row = renderRow({ groupSize: 1 });
    expect(row.textContent).not.toContain('update');
    expect(screen.queryByRole('button', { name: 'Show the updates of this group' })).toBeNull();
  });

  it('labels the category icon', () => {
    renderRow({ category: 'watching' });
    expect(screen.getByLabelText('Watching')).toBeTruthy();
  });
});
