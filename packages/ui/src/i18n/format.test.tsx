import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { catalogs } from './catalogs.ts';
import { formatMessage, formatRichMessage, selectForm } from './format.ts';

describe('formatMessage', () => {
  it('fills placeholders', () => {
    expect(formatMessage(catalogs.en, 'en', 'accounts.signOutConfirm', { email: 'a@b.c' })).toBe(
      'Sign out of a@b.c? Atlassify deletes the credentials it stored for this account.',
    );
  });

  it('selects the English plural form', () => {
    const format = (count: number) =>
      formatMessage(catalogs.en, 'en', 'notifications.groupFrom', { count, actor: 'Bob' });
    expect(format(1)).toBe('+1 update from Bob');
    expect(format(2)).toBe('+2 updates from Bob');
  });

  it('uses French rules for zero', () => {
    expect(formatMessage(catalogs.fr, 'fr', 'notifications.items', { count: 0 })).toBe(
      '0 notification',
    );
  });

  it('formats counts for the language', () => {
    expect(formatMessage(catalogs.de, 'de', 'notifications.items', { count: 1200 })).toBe(
      '1.200 Benachrichtigungen',
    );
  });

  it('leaves unknown placeholders as written', () => {
    expect(formatMessage(catalogs.en, 'en', 'oauth.stepCallback')).toBe(
      'Under Authorization, set the Callback URL to {callbackUrl}.',
    );
  });
});

describe('selectForm', () => {
  it('falls back to other without many', () => {
    expect(selectForm({ one: 'one', other: 'other' }, 'fr', { count: 1_000_000 })).toBe('other');
  });
});

describe('formatRichMessage', () => {
  it('places nodes between text', () => {
    const { container } = render(
      <p>
        {formatRichMessage(catalogs.en, 'en', 'oauth.stepCallback', {
          callbackUrl: <code>http://localhost:3000/callback</code>,
        })}
      </p>,
    );
    expect(container.textContent).toBe(
      'Under Authorization, set the Callback URL to http://localhost:3000/callback.',
    );
    expect(container.querySelector('code')?.textContent).toBe('http://localhost:3000/callback');
  });
});
