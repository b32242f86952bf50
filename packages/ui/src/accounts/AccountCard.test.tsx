import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { makeAccount } from '../../test/fixtures.ts';
import type { AccountView } from '../api/contract.ts';
import { AccountCard } from './AccountCard.tsx';

afterEach(cleanup);

function renderCard(account: AccountView) {
  const onSignOut = vi.fn();
  const onSignIn = vi.fn();
  render(
    <ul>
      <AccountCard
        account={account}
        isSigningOut={false}
        error={null}
        onSignOut={onSignOut}
        onDismissError={() => {}}
        onSignIn={onSignIn}
        onRefresh={() => {}}
      />
    </ul>,
  );
  return { onSignOut, onSignIn, card: screen.getByTestId('account-card') };
}

describe('AccountCard', () => {
  it('describes an API token account', () => {
    const { card } = renderCard(makeAccount());

    expect(within(card).getByRole('heading', { level: 2, name: 'Dana Demo' })).toBeTruthy();
    expect(within(card).getByText('dana@example.com')).toBeTruthy();
    expect(within(card).getByText('API token')).toBeTruthy();
    expect(within(card).getByText('All sites this account can reach')).toBeTruthy();
    expect(within(card).getByText('Connected')).toBeTruthy();
    expect(within(card).queryByText(/plain file/)).toBeNull();
  });

  it('lists granted OAuth scopes', () => {
    const { card } = renderCard(
      makeAccount({ authMethod: 'oauth', scopes: ['read:me', 'read:jira-work', 'offline_access'] }),
    );

    expect(within(card).getByText('Granted scopes')).toBeTruthy();
    expect(within(card).getByText('read:me, read:jira-work, offline_access')).toBeTruthy();
  });

  it('lists OAuth site hosts', () => {
    renderCard(
      makeAccount({
        authMethod: 'oauth',
        sites: [
          { cloudId: 'c-1', host: 'nimbus.atlassian.net' },
          { cloudId: 'c-2', host: 'orbit.atlassian.net' },
        ],
      }),
    );

    expect(screen.getByText('OAuth')).toBeTruthy();
    expect(screen.getByText('nimbus.atlassian.net, orbit.atlassian.net')).toBeTruthy();
  });

  it('warns about the file store', () => {
    renderCard(makeAccount({ credentialStore: 'file' }));
    expect(screen.getByText('Stored in a plain file, not the system keychain')).toBeTruthy();
  });

  it('explains sign-in required', () => {
    renderCard(makeAccount({ status: 'sign-in-required' }));
    expect(screen.getByText(/Atlassian rejected the stored credentials/)).toBeTruthy();
    expect(screen.getByText(/the account and its settings are kept/)).toBeTruthy();
  });

  it('offers a new sign-in with the same method', () => {
    const { onSignIn } = renderCard(
      makeAccount({ authMethod: 'oauth', status: 'sign-in-required' }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Sign in again' }));

    expect(onSignIn).toHaveBeenCalledWith({ method: 'oauth', email: 'dana@example.com' });
  });

  it('explains notifications unavailable', () => {
    renderCard(makeAccount({ authMethod: 'oauth', status: 'notifications-unavailable' }));
    expect(screen.getByText(/does not let this OAuth sign-in read notifications/)).toBeTruthy();
  });

  it('offers an API token for a refused OAuth account', () => {
    const { onSignIn } = renderCard(
      makeAccount({ authMethod: 'oauth', status: 'notifications-unavailable' }),
    );

    fireEvent.click(screen.getByRole('button', { name: 'Add an API token for this account' }));

    expect(onSignIn).toHaveBeenCalledWith({ method: 'api-token', email: 'dana@example.com' });
  });

  it('confirms before signing out', () => {
    const { onSignOut } = renderCard(makeAccount());

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: /Sign out of dana@example.com\?/ });

    fireEvent.click(within(confirm).getByRole('button', { name: 'Sign out' }));
    expect(onSignOut).toHaveBeenCalledTimes(1);
  });

  it('cancels the sign-out', () => {
    const { onSignOut } = renderCard(makeAccount());

    fireEvent.click(screen.getByRole('button', { name: 'Sign out' }));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    expect(screen.queryByTestId('sign-out-confirm')).toBeNull();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeTruthy();
    expect(onSignOut).not.toHaveBeenCalled();
  });
});
