import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { makeAccount, makeFeed, makeNotification, makeSnapshot } from '../../test/fixtures.ts';
import { WindowProviders } from '../../test/providers.tsx';
import { json, noContent, stubFetch } from '../../test/stub-fetch.ts';
import { NotificationsScreen } from './NotificationsScreen.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function screenFor(readState: 'read' | 'unread') {
  const snapshot = makeSnapshot({
    accounts: [makeAccount()],
    feeds: [makeFeed({ unreadOnly: false, notifications: [makeNotification({ readState })] })],
  });
  return (
    <WindowProviders snapshot={snapshot}>
      <NotificationsScreen snapshot={snapshot} focusTitle={false} onSignIn={() => {}} />
    </WindowProviders>
  );
}

function renderScreen() {
  render(screenFor('unread'));
  return { row: screen.getByTestId('notification-row') };
}

/** Creates a response that the test releases when it chooses. */
function deferred() {
  let release: (response: Response) => void = () => {};
  const promise = new Promise<Response>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

function listOf(ids: string[]) {
  const snapshot = makeSnapshot({
    accounts: [makeAccount()],
    feeds: [makeFeed({ notifications: ids.map((id) => makeNotification({ id })) })],
  });
  return (
    <WindowProviders snapshot={snapshot}>
      <NotificationsScreen snapshot={snapshot} focusTitle={false} onSignIn={() => {}} />
    </WindowProviders>
  );
}

describe('NotificationsScreen', () => {
  it('moves focus on when its row leaves', async () => {
    const { rerender } = render(listOf(['n-1', 'n-2', 'n-3']));
    const second = document.querySelector<HTMLElement>('[data-notification-id="n-2"]');
    act(() => second?.focus());

    rerender(listOf(['n-1', 'n-3']));

    await vi.waitFor(() =>
      expect(document.activeElement?.getAttribute('data-notification-id')).toBe('n-3'),
    );
  });

  it('marks read before the response', async () => {
    const answer = deferred();
    const requests = stubFetch(() => answer.promise);
    const { row } = renderScreen();

    fireEvent.click(within(row).getByRole('button', { name: 'Mark as read' }));

    expect(row.getAttribute('data-read-state')).toBe('read');
    expect(within(row).getByRole('button', { name: 'Mark as unread' })).toBeTruthy();
    expect(requests).toMatchObject([
      {
        method: 'POST',
        path: '/api/notifications/mark',
        body: { readState: 'read', ids: ['n-1'] },
      },
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
    expect(screen.getByText('The notification could not be marked as read')).toBeTruthy();
    expect(screen.getByText('Atlassian did not answer in time.')).toBeTruthy();
  });

  it('follows the engine after confirmation', async () => {
    stubFetch(() => noContent());
    const screenWith = screenFor;
    const { rerender } = render(screenWith('unread'));
    const row = screen.getByTestId('notification-row');

    await act(async () => {
      fireEvent.click(within(row).getByRole('button', { name: 'Mark as read' }));
    });
    rerender(screenWith('read'));
    expect(screen.getByTestId('notification-row').getAttribute('data-read-state')).toBe('read');

    // Marked unread elsewhere, so the confirmed change must no longer mask the engine's state.
    rerender(screenWith('unread'));
    expect(screen.getByTestId('notification-row').getAttribute('data-read-state')).toBe('unread');
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

  it('marks a whole account after confirming', async () => {
    const requests = stubFetch(() =>
      json(200, { rowCount: 1, notificationCount: 1, requestCount: 1 }),
    );
    renderScreen();

    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));
    expect(requests).toEqual([]);
    await act(async () => {
      const dialog = screen.getByRole('dialog');
      fireEvent.click(within(dialog).getByRole('button', { name: 'Mark all as read' }));
    });

    expect(requests).toMatchObject([
      {
        method: 'POST',
        path: '/api/notifications/mark',
        body: { readState: 'read', accountId: 'account-1' },
      },
    ]);
  });

  it('counts unread notifications in the mark-all question, as the badge does', () => {
    const snapshot = makeSnapshot({
      accounts: [makeAccount()],
      feeds: [
        makeFeed({
          unreadOnly: false,
          notifications: [
            makeNotification({ id: 'n-1', groupSize: 3 }),
            makeNotification({ id: 'n-2', groupId: 'group-2', readState: 'read' }),
          ],
        }),
      ],
    });
    render(
      <WindowProviders snapshot={snapshot}>
        <NotificationsScreen snapshot={snapshot} focusTitle={false} onSignIn={() => {}} />
      </WindowProviders>,
    );

    fireEvent.click(screen.getByRole('button', { name: 'Mark all as read' }));

    expect(within(screen.getByRole('dialog')).getByText(/unread notifications/).textContent).toBe(
      'Mark all 3 unread notifications of Dana Demo as read?',
    );
  });

  it('offers no mark-all when nothing shown is unread', () => {
    render(screenFor('read'));

    expect(screen.queryByRole('button', { name: 'Mark all as read' })).toBeNull();
  });

  it('offers Try now on partial results', async () => {
    const requests = stubFetch(() => noContent());
    const snapshot = makeSnapshot({
      accounts: [makeAccount()],
      feeds: [
        makeFeed({
          notifications: [makeNotification()],
          warnings: [
            {
              kind: 'partial-results',
              message: 'Site unavailable',
              cloudId: 'cloud-2',
              siteHost: 'orbit.atlassian.net',
              site: 'orbit.atlassian.net',
              status: 503,
            },
          ],
        }),
      ],
    });
    render(
      <WindowProviders snapshot={snapshot}>
        <NotificationsScreen snapshot={snapshot} focusTitle={false} onSignIn={() => {}} />
      </WindowProviders>,
    );

    const warning = screen.getByTestId('feed-warning');
    expect(warning.textContent).toContain('Atlassian did not return the notifications of orbit');
    await act(async () => {
      fireEvent.click(within(warning).getByRole('button', { name: 'Try now' }));
    });
    expect(requests).toMatchObject([{ method: 'POST', path: '/api/refresh' }]);
  });

  it('has one h1', () => {
    renderScreen();
    expect(
      screen.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent),
    ).toEqual(['Notifications']);
  });
});
