import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { makeAccount } from '../../test/fixtures.ts';
import { json, stubFetch } from '../../test/stub-fetch.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { ApiTokenForm, createApiTokenUrl } from './ApiTokenForm.tsx';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderForm() {
  const onSignedIn = vi.fn(async () => {});
  render(<ApiTokenForm onSignedIn={onSignedIn} />);
  return { onSignedIn };
}

function fill(email: string, token: string) {
  fireEvent.change(screen.getByLabelText('Email'), { target: { value: email } });
  fireEvent.change(screen.getByLabelText('API token'), { target: { value: token } });
}

describe('ApiTokenForm', () => {
  it('labels its fields', () => {
    renderForm();
    expect(screen.getByLabelText('Email').getAttribute('type')).toBe('email');
    expect(screen.getByLabelText('API token').getAttribute('type')).toBe('password');
  });

  it('links to token creation', () => {
    renderForm();
    const link = screen.getByRole('link', { name: /Create API token/ });

    expect(link.getAttribute('href')).toBe(createApiTokenUrl);
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noreferrer');
  });

  it('requires both fields', () => {
    const requests = stubFetch(() => json(201, makeAccount()));
    renderForm();

    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(screen.getByText('Enter the email of your Atlassian account.')).toBeTruthy();
    expect(screen.getByText('Enter an API token.')).toBeTruthy();
    expect(requests).toEqual([]);
  });

  it('posts trimmed credentials', async () => {
    const requests = stubFetch(() => json(201, makeAccount()));
    const { onSignedIn } = renderForm();
    fill(' dana@example.com ', 'token-value\n');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    });

    expect(requests).toMatchObject([
      {
        method: 'POST',
        path: '/api/accounts/api-token',
        body: { email: 'dana@example.com', token: 'token-value' },
      },
    ]);
    expect(onSignedIn).toHaveBeenCalledTimes(1);
  });

  it('disables Sign in while submitting', async () => {
    stubFetch(() => new Promise<Response>(() => {}));
    renderForm();
    fill('dana@example.com', 'token');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    });

    expect(screen.getByRole('button', { name: /Sign in/ }).hasAttribute('disabled')).toBe(true);
  });

  it('shows a field error inline', async () => {
    stubFetch(() =>
      json(422, {
        code: 'INVALID_CREDENTIALS',
        message: 'Atlassian rejected this API token.',
        hint: 'Create a new token.',
        field: 'token',
      }),
    );
    const { onSignedIn } = renderForm();
    fill('dana@example.com', 'wrong');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    });

    const token = screen.getByLabelText('API token');
    const describedBy = token.getAttribute('aria-describedby') ?? '';
    const message = document.getElementById(describedBy.split(' ').at(-1) ?? '');
    expect(message?.textContent).toBe('Atlassian rejected this API token. Create a new token.');
    expect(screen.queryByText('Sign-in failed')).toBeNull();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('translates field errors', async () => {
    stubFetch(() =>
      json(400, {
        code: 'INVALID_INPUT',
        message: '"dana" is not an email address.',
        hint: 'Enter the email address of your Atlassian account.',
        field: 'email',
      }),
    );
    render(
      <I18nProvider language="de">
        <ApiTokenForm onSignedIn={vi.fn(async () => {})} />
      </I18nProvider>,
    );
    fireEvent.change(screen.getByLabelText('E-Mail'), { target: { value: 'dana' } });
    fireEvent.change(screen.getByLabelText('API-Token'), { target: { value: 'token' } });

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Anmelden' }));
    });

    expect(
      screen.getByText(
        '„dana“ ist keine E-Mail-Adresse. Geben Sie die E-Mail-Adresse Ihres Atlassian-Kontos ein.',
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/is not an email address/)).toBeNull();
  });

  it('shows other errors above the form', async () => {
    stubFetch(() =>
      json(503, {
        code: 'CREDENTIAL_STORE_UNAVAILABLE',
        message: 'The system keychain is locked.',
        hint: 'Unlock it and try again.',
      }),
    );
    renderForm();
    fill('dana@example.com', 'token');

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    });

    expect(screen.getByText('Sign-in failed')).toBeTruthy();
    expect(screen.getByText('The system keychain is locked.')).toBeTruthy();
    expect(screen.getByText('Unlock it and try again.')).toBeTruthy();
  });
});
