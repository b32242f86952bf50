import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { makeAccount, makeFeed, makeNotification } from '../../test/fixtures.ts';
import { json, noContent, stubFetch } from '../../test/stub-fetch.ts';
import { NotificationsScreen } from './NotificationsScreen.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderScreen() {
  const onOpenAccounts = vi.fn();
  render(
    <NotificationsScreen
      accounts={[makeAccount()]}
      feeds={[makeFeed({ notifications: [makeNotification()] })]}
      focusTitle={false}
      onOpenAccounts={onOpenAccounts}
      onSignIn={() => {}}
    />,
  );
  return { onOpenAccounts, row: screen.getByTestId('notification-row') };
}

/** Creates a response that the test releases when it chooses. */
function deferred() {
  let release: (response: Response) => void = () => {};
  const promise = new Promise<Response>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe('NotificationsScreen', () => {
  it('marks read before the response', async () => {
    const answer = deferred();
    const requests = stubFetch(() => answer.promise);
    const { row } = renderScreen();

    fireEvent.click(within(row).getByRole('button', { name: 'Mark as read' }));

    expect(row.getAttribute('data-read-state')).toBe('read');
    expect(within(row).getByRole('button', { name: 'Mark as unread' })).toBeTruthy();
    expect(requests).toMatchObject([
      { method: 'POST', path: '/api/notifications/read', body: { ids: ['n-1'] } },
    ]);

    await act(async () => answer.release(noContent()));
    expect(row.getAttribute('data-read-state')).toBe('read');
  });

  it('rolls back and shows the error', async () => {
    stubFetch(() => json(502, { code: 'UPSTREAM', message: 'Atlassian did not answer in time.' }));
    const { row } = renderScreen();

    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Mark as read' }));
    });

    expect(row.getAttribute('data-read-state')).toBe('unread');
    expect(screen.getByText('The notification could not be updated')).toBeTruthy();
    expect(screen.getByText('Atlassian did not answer in time.')).toBeTruthy();
  });

  it('follows the engine after confirmation', async () => {
    stubFetch(() => noContent());
    const feedWith = (readState: 'read' | 'unread') => [
      makeFeed({ notifications: [makeNotification({ readState })] }),
    ];
    const screenWith = (readState: 'read' | 'unread') => (
      <NotificationsScreen
        accounts={[makeAccount()]}
        feeds={feedWith(readState)}
        focusTitle={false}
        onOpenAccounts={() => {}}
        onSignIn={() => {}}
      />
    );
    const { rerender } = render(screenWith('unread'));
    const row = screen.getByTestId('notification-row');

    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Mark as read' }));
    });
    rerender(screenWith('read'));
    expect(row.getAttribute('data-read-state')).toBe('read');

    // Marked unread elsewhere, so the confirmed change must no longer mask the engine's state.
    rerender(screenWith('unread'));
    expect(row.getAttribute('data-read-state')).toBe('unread');
  });

  it('opens a row through the engine', async () => {
    const requests = stubFetch(() => noContent());
    const { row } = renderScreen();

    await act(async () => {
      fireEvent.keyDown(row, { key: 'Enter' });
    });

    expect(requests).toMatchObject([{ method: 'POST', path: '/api/notifications/n-1/open' }]);
  });

  it('refreshes every account', async () => {
    const requests = stubFetch(() => new Response(null, { status: 202 }));
    renderScreen();

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    });

    expect(requests).toMatchObject([{ method: 'POST', path: '/api/refresh' }]);
  });

  it('opens accounts from the header', () => {
    const { onOpenAccounts } = renderScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Accounts' }));
    expect(onOpenAccounts).toHaveBeenCalledTimes(1);
  });

  it('has one h1', () => {
    renderScreen();
    expect(
      screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent),
    ).toEqual(['Notifications']);
  });
});
