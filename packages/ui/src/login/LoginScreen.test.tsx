import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { json, stubFetch } from '../../test/stub-fetch.ts';
import type { OAuthSettingsView } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { LoginScreen } from './LoginScreen.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const settings: OAuthSettingsView = {
  clientId: null,
  hasClientSecret: false,
  source: 'none',
  callbackUrl: 'http://localhost:3000/callback',
  scopes: [],
};

function renderLogin(isWelcome: boolean, prefill: SignInPrefill | null = null) {
  stubFetch(() => json(200, settings));
  const onCancel = vi.fn();
  render(
    <LoginScreen
      isWelcome={isWelcome}
      focusTitle={false}
      oauth={{ status: 'idle', authorizeUrl: null, accountId: null, error: null }}
      prefill={prefill}
      onSignedIn={async () => {}}
      onCancel={onCancel}
    />,
  );
  return { onCancel };
}

describe('LoginScreen', () => {
  it('offers API Token, then OAuth', () => {
    renderLogin(true);
    expect(screen.getAllByRole('tab').map((tab) => tab.textContent)).toEqual([
      'API Token',
      'OAuth (SSO)',
    ]);
    expect(screen.getByRole('tab', { name: 'API Token' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('greets without accounts', () => {
    renderLogin(true);
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Atlassify' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('cancels Add account', () => {
    const { onCancel } = renderLogin(false);
    expect(screen.getByRole('heading', { level: 1, name: 'Add account' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('switches to the OAuth tab', () => {
    renderLogin(true);
    fireEvent.click(screen.getByRole('tab', { name: 'OAuth (SSO)' }));
    expect(screen.getByRole('tab', { name: 'OAuth (SSO)' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('opens the API Token tab with the email', () => {
    renderLogin(false, { method: 'api-token', email: 'dana@example.com' });

    expect(screen.getByRole('tab', { name: 'API Token' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('dana@example.com');
  });

  it('opens the OAuth tab for an OAuth account', () => {
    renderLogin(false, { method: 'oauth', email: 'dana@example.com' });

    expect(screen.getByRole('tab', { name: 'OAuth (SSO)' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });
});
