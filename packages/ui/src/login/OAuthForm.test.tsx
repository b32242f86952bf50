import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import type { OAuthSettingsView } from '../api/contract.ts';
import { OAuthForm } from './OAuthForm.tsx';
import { developerConsoleUrl } from './OAuthSetupSteps.tsx';

afterEach(cleanup);

const unconfigured: OAuthSettingsView = {
  clientId: null,
  hasClientSecret: false,
  source: 'none',
  callbackUrl: 'http://localhost:3000/callback',
  scopes: ['read:me', 'read:account', 'read:jira-work', 'offline_access'],
};

function renderForm(settings: OAuthSettingsView) {
  const onStart = vi.fn(async (prepare: () => Promise<void>) => {
    await prepare();
    return null;
  });
  const onSave = vi.fn(async () => settings);
  render(
    <OAuthForm
      settings={settings}
      starting={false}
      startError={null}
      failure={null}
      onSave={onSave}
      onStart={onStart}
    />,
  );
  return { onStart, onSave };
}

describe('OAuthForm', () => {
  it('shows setup steps without a client', () => {
    renderForm(unconfigured);
    const steps = screen.getByTestId('oauth-setup-steps');

    expect(within(steps).getByText('OAuth Client ID not configured')).toBeTruthy();
    const items = within(steps)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toHaveLength(6);
    expect(items[1]).toBe('Select Create → OAuth 2.0 integration.');
    expect(items[2]).toContain('read:me, read:account, read:jira-work, and offline_access');
    expect(items[3]).toBe(
      'Under Authorization, set the Callback URL to http://localhost:3000/callback.',
    );
    expect(items[5]).toContain('Atlassian requires the client secret');
  });

  it('links to the developer console', () => {
    renderForm(unconfigured);
    const link = screen.getByRole('link', { name: /Atlassian Developer Console/ });

    expect(link.getAttribute('href')).toBe(developerConsoleUrl);
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('hides setup steps once a client id is typed', () => {
    renderForm(unconfigured);
    fireEvent.change(screen.getByLabelText('Client ID'), { target: { value: 'abc' } });
    expect(screen.queryByText('OAuth Client ID not configured')).toBeNull();
  });

  it('prefills saved settings', () => {
    renderForm({
      ...unconfigured,
      clientId: 'client-1',
      hasClientSecret: true,
      source: 'settings',
    });

    expect((screen.getByLabelText('Client ID') as HTMLInputElement).value).toBe('client-1');
    const secret = screen.getByLabelText('Client Secret') as HTMLInputElement;
    expect(secret.type).toBe('password');
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe('Saved');
    expect(screen.queryByText('OAuth Client ID not configured')).toBeNull();
  });

  it('requires id and secret', () => {
    const { onStart } = renderForm(unconfigured);
    fireEvent.click(screen.getByRole('button', { name: 'Sign in with Atlassian' }));

    expect(screen.getByText('Enter the Client ID of your OAuth app.')).toBeTruthy();
    expect(screen.getByText('Enter the Client Secret of your OAuth app.')).toBeTruthy();
    expect(onStart).not.toHaveBeenCalled();
  });
});
