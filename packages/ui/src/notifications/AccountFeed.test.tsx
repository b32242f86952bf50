import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { fixtureNow, makeAccount, makeFeed, makeNotification } from '../../test/fixtures.ts';
import type { AccountView, FeedView } from '../api/contract.ts';
import { AccountFeed } from './AccountFeed.tsx';

afterEach(cleanup);

function renderFeed(feed: FeedView | undefined, account: AccountView = makeAccount()) {
  const onSignIn = vi.fn();
  render(
    <AccountFeed
      account={account}
      feed={feed}
      notifications={feed?.notifications ?? []}
      now={fixtureNow}
      actionError={undefined}
      onDismissError={() => {}}
      onToggleRead={() => {}}
      onOpen={() => {}}
      onSignIn={onSignIn}
    />,
  );
  return Object.assign(screen.getByTestId('account-section'), { onSignIn });
}

const feedError = {
  code: 'RATE_LIMITED',
  message: 'Atlassian is rate limiting this account.',
  hint: 'Atlassify tries again in a minute.',
};

describe('AccountFeed', () => {
  it('names the section after the account', () => {
    const section = renderFeed(makeFeed({ notifications: [makeNotification()] }));

    expect(section.getAttribute('data-account-id')).toBe('account-1');
    expect(screen.getByRole('region', { name: /Dana Demo/ })).toBe(section);
    expect(screen.getByRole('heading', { level: 2, name: /1 unread notification/ })).toBeTruthy();
  });

  it('groups rows under product headings', () => {
    renderFeed(
      makeFeed({
        notifications: [
          makeNotification({ id: 'a', product: 'confluence' }),
          makeNotification({ id: 'b', product: 'jira' }),
          makeNotification({ id: 'c', product: 'jira_service_management' }),
        ],
      }),
    );

    // Each heading reads "<product><badge><hidden count>", such as "Jira11 notification".
    const products = screen
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent?.replace(/\d.*$/, ''));
    expect(products).toEqual(['Confluence', 'Jira', 'Jira Service Management']);
  });

  it('shows all caught up when nothing is unread', () => {
    renderFeed(makeFeed({ notifications: [makeNotification({ readState: 'read' })] }));

    expect(screen.getByText('All caught up')).toBeTruthy();
    expect(screen.getAllByTestId('notification-row')).toHaveLength(1);
  });

  it('hides all caught up with unread rows', () => {
    renderFeed(makeFeed({ notifications: [makeNotification()] }));
    expect(screen.queryByText('All caught up')).toBeNull();
  });

  it('hides all caught up while loading', () => {
    renderFeed(makeFeed({ status: 'loading' }));

    expect(screen.queryByText('All caught up')).toBeNull();
    expect(screen.getByText('Loading notifications…')).toBeTruthy();
  });

  it('shows loading before the first feed', () => {
    renderFeed(undefined);
    expect(screen.getByText('Loading notifications…')).toBeTruthy();
  });

  it('hides all caught up on error', () => {
    renderFeed(makeFeed({ status: 'error', error: feedError }));
    expect(screen.queryByText('All caught up')).toBeNull();
  });

  it('keeps the last list beside an error', () => {
    const section = renderFeed(
      makeFeed({ status: 'error', error: feedError, notifications: [makeNotification()] }),
    );

    expect(within(section).getByText(feedError.message)).toBeTruthy();
    expect(within(section).getByText(feedError.hint)).toBeTruthy();
    expect(within(section).getByText('Showing the list from 1 minute ago.')).toBeTruthy();
    expect(within(section).getAllByTestId('notification-row')).toHaveLength(1);
  });

  it('notes more unread on the server', () => {
    renderFeed(makeFeed({ hasMore: true, notifications: [makeNotification()] }));
    expect(screen.getByText(/more unread notifications than are shown/)).toBeTruthy();
  });

  it('offers an API token when OAuth is refused', () => {
    const section = renderFeed(
      makeFeed({
        status: 'error',
        error: {
          code: 'NOTIFICATIONS_UNAVAILABLE_WITH_OAUTH',
          message: 'MyNotifications refused this OAuth sign-in access to notifications (HTTP 403).',
        },
      }),
      makeAccount({ authMethod: 'oauth', status: 'notifications-unavailable' }),
    );
    const message = within(section).getByTestId('oauth-refused');

    expect(
      within(message).getByText(/does not let this OAuth sign-in read notifications/),
    ).toBeTruthy();
    expect(within(section).queryByText(/HTTP 403/)).toBeNull();
    expect(within(section).queryByText('All caught up')).toBeNull();
    fireEvent.click(
      within(message).getByRole('button', { name: 'Add an API token for this account' }),
    );
    expect(section.onSignIn).toHaveBeenCalledWith({
      method: 'api-token',
      email: 'dana@example.com',
    });
  });

  it('warns about the file store', () => {
    const section = renderFeed(makeFeed(), makeAccount({ credentialStore: 'file' }));

    expect(
      within(section).getByText('Stored in a plain file, not the system keychain'),
    ).toBeTruthy();
  });
});
