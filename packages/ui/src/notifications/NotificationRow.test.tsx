import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureNow, makeNotification } from '../../test/fixtures.ts';
import { NotificationRow } from './NotificationRow.tsx';

afterEach(cleanup);

function renderRow(overrides: Parameters<typeof makeNotification>[0] = {}) {
  const onToggleRead = vi.fn();
  const onOpen = vi.fn();
  const notification = makeNotification(overrides);
  render(
    <NotificationRow
      notification={notification}
      now={fixtureNow}
      onToggleRead={onToggleRead}
      onOpen={onOpen}
    />,
  );
  return { notification, onToggleRead, onOpen, row: screen.getByTestId('notification-row') };
}

describe('NotificationRow', () => {
  it('shows message, time, entity and path', () => {
    const { row } = renderRow();

    expect(row.getAttribute('data-notification-id')).toBe('n-1');
    expect(screen.getByText('Alice assigned you NIM-42')).toBeTruthy();
    expect(screen.getByText('5 minutes ago')).toBeTruthy();
    expect(screen.getByText('NIM-42: Fix sign-in')).toBeTruthy();
    expect(screen.getByText('Nimbus Platform')).toBeTruthy();
  });

  it('renders markup in feed text as text', () => {
    const message = 'Eve commented <script>alert(1)</script> & left';
    const { row } = renderRow({
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
  });

  it('counts group updates without actors', () => {
    renderRow({ groupSize: 2 });
    expect(screen.getByText('+1 other update')).toBeTruthy();
  });

  it('hides the group line for one item', () => {
    const { row } = renderRow({ groupSize: 1 });
    expect(row.textContent).not.toContain('update');
  });

  it('labels the toggle by read state', () => {
    renderRow({ readState: 'unread' });
    expect(screen.getByRole('button', { name: 'Mark as read' })).toBeTruthy();
    cleanup();

    renderRow({ readState: 'read' });
    expect(screen.getByRole('button', { name: 'Mark as unread' })).toBeTruthy();
  });

  it('toggles without opening', () => {
    const { onToggleRead, onOpen, notification } = renderRow();
    fireEvent.click(screen.getByRole('button', { name: 'Mark as read' }));

    expect(onToggleRead).toHaveBeenCalledWith(notification);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('opens on click', () => {
    const { onOpen, row, notification } = renderRow();
    fireEvent.click(row);
    expect(onOpen).toHaveBeenCalledWith(notification);
  });

  it('opens on Enter', () => {
    const { onOpen, row } = renderRow();
    fireEvent.keyDown(row, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('ignores Enter on the toggle', () => {
    const { onOpen } = renderRow();
    fireEvent.keyDown(screen.getByRole('button', { name: 'Mark as read' }), { key: 'Enter' });
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('is focusable and named by its message', () => {
    const { row } = renderRow();
    expect(row.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('article', { name: 'Alice assigned you NIM-42' })).toBe(row);
  });
});
