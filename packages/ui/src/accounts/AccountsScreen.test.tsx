import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { makeAccount } from '../../test/fixtures.ts';
import { json, noContent, stubFetch } from '../../test/stub-fetch.ts';
import { AccountsScreen } from './AccountsScreen.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderScreen() {
  const callbacks = {
    onOpenNotifications: vi.fn(),
    onAddAccount: vi.fn(),
    onSignIn: vi.fn(),
    onSignedOut: vi.fn(),
  };
  render(
    <AccountsScreen
      accounts={[
        makeAccount(),
        makeAccount({ id: 'account-2', name: 'Sam', email: 'sam@example.org' }),
      ]}
      focusTitle={false}
      {...callbacks}
    />,
  );
  return callbacks;
}

async function signOutFirst() {
  const [card] = screen.getAllByTestId('account-card');
  if (!card) {
    throw new Error('No account card rendered.');
  }
  fireEvent.click(within(card).getByRole('button', { name: 'Sign out' }));
  await act(async () => {
    fireEvent.click(within(card).getByRole('button', { name: 'Sign out' }));
  });
  return card;
}

describe('AccountsScreen', () => {
  it('lists every account', () => {
    renderScreen();
    expect(screen.getAllByTestId('account-card')).toHaveLength(2);
  });

  it('opens Add account', () => {
    const { onAddAccount } = renderScreen();
    fireEvent.click(screen.getByRole('button', { name: 'Add account' }));
    expect(onAddAccount).toHaveBeenCalledTimes(1);
  });

  it('signs out through the engine', async () => {
    const requests = stubFetch(() => noContent());
    const { onSignedOut } = renderScreen();

    await signOutFirst();

    expect(requests).toMatchObject([{ method: 'DELETE', path: '/api/accounts/account-1' }]);
    expect(onSignedOut).toHaveBeenCalledTimes(1);
  });

  it('shows a failed sign-out', async () => {
    stubFetch(() =>
      json(503, { code: 'CREDENTIAL_STORE_UNAVAILABLE', message: 'The keychain is locked.' }),
    );
    const { onSignedOut } = renderScreen();

    const card = await signOutFirst();

    expect(within(card).getByText('Sign-out failed')).toBeTruthy();
    expect(within(card).getByText('The keychain is locked.')).toBeTruthy();
    expect(onSignedOut).not.toHaveBeenCalled();
  });
});
