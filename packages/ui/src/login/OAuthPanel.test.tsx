import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { json, noContent, stubFetch } from '../../test/stub-fetch.ts';
import type { OAuthSettingsView, OAuthSignInView } from '../api/contract.ts';
import { OAuthPanel } from './OAuthPanel.tsx';

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
const idle: OAuthSignInView = { status: 'idle', authorizeUrl: null, accountId: null, error: null };
const waiting: OAuthSignInView = {
  status: 'waiting-for-browser',
  authorizeUrl: 'https://auth.example.test/authorize?client_id=client-1',
  accountId: null,
  error: null,
};

function engine(current: OAuthSettingsView) {
  return stubFetch((request) => {
    if (request.path === '/api/oauth/settings' && request.method === 'GET') {
      return json(200, current);
    }
    if (request.path === '/api/oauth/settings') {
      return json(200, {
        ...current,
        clientId: 'client-1',
        hasClientSecret: true,
        source: 'settings',
      });
    }
    if (request.method === 'POST') {
      return json(202, waiting);
    }
    return noContent();
  });
}

async function renderPanel(oauth: OAuthSignInView) {
  const onSignedIn = vi.fn(async () => {});
  const view = (next: OAuthSignInView) => <OAuthPanel oauth={next} onSignedIn={onSignedIn} />;
  const result = render(view(oauth));
  await act(async () => {});
  return { onSignedIn, rerender: (next: OAuthSignInView) => result.rerender(view(next)) };
}

describe('OAuthPanel', () => {
  it('saves changed settings, then starts', async () => {
    const requests = engine(settings);
    await renderPanel(idle);

    fireEvent.change(screen.getByLabelText('Client ID'), { target: { value: ' client-1 ' } });
    fireEvent.change(screen.getByLabelText('Client Secret'), { target: { value: 'secret-1' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in with Atlassian' }));
    });

    expect(requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /api/oauth/settings',
      'PUT /api/oauth/settings',
      'POST /api/oauth/sign-in',
    ]);
    expect(requests[1]?.body).toEqual({ clientId: 'client-1', clientSecret: 'secret-1' });
    expect(screen.getByText('Continue in your browser…')).toBeTruthy();
  });

  it('skips saving unchanged settings', async () => {
    const requests = engine({
      ...settings,
      clientId: 'client-1',
      hasClientSecret: true,
      source: 'settings',
    });
    await renderPanel(idle);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in with Atlassian' }));
    });

    expect(requests.map((request) => request.method)).toEqual(['GET', 'POST']);
  });

  it('offers the sign-in page and Cancel', async () => {
    const requests = engine(settings);
    await renderPanel(waiting);

    const link = screen.getByRole('link', { name: /Open the sign-in page/ });
    expect(link.getAttribute('href')).toBe(waiting.authorizeUrl);
    expect(link.getAttribute('target')).toBe('_blank');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    });
    expect(requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/api/oauth/sign-in' });
  });

  it('continues after success', async () => {
    engine(settings);
    const { onSignedIn, rerender } = await renderPanel(waiting);

    rerender({ ...waiting, status: 'succeeded', accountId: 'account-1' });
    await act(async () => {});

    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('ignores an old success', async () => {
    engine(settings);
    const { onSignedIn } = await renderPanel({
      ...idle,
      status: 'succeeded',
      accountId: 'account-1',
    });
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('shows the failure with its hint', async () => {
    engine(settings);
    const { rerender } = await renderPanel(waiting);

    rerender({
      ...waiting,
      status: 'failed',
      error: {
        code: 'OAUTH_DENIED',
        message: 'Access was denied.',
        hint: 'Allow access and retry.',
      },
    });

    expect(screen.getByText('OAuth sign-in failed')).toBeTruthy();
    expect(screen.getByText('Access was denied.')).toBeTruthy();
    expect(screen.getByText('Allow access and retry.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Sign in with Atlassian' })).toBeTruthy();
  });

  it('explains the callback and the fallback', async () => {
    engine({ ...settings, callbackUrl: 'http://localhost:4123/callback' });
    await renderPanel(idle);

    expect(
      screen.getByText(
        (_, element) =>
          element?.tagName === 'P' &&
          element.textContent ===
            "Authentication window doesn't redirect back? Make sure the callback URL in your OAuth app is exactly http://localhost:4123/callback.",
      ),
    ).toBeTruthy();
    expect(
      screen.getByText('You can always fall back to API Token authentication using the first tab.'),
    ).toBeTruthy();
  });
});
