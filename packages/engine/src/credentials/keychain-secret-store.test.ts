import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type KeyringSession,
  searchKeyring,
  startKeyringSession,
} from '../../test/keyring/session.ts';
import { KeychainSecretStore } from './keychain-secret-store.ts';

const service = `atlassify-test-${process.pid}`;

describe('KeychainSecretStore with gnome-keyring', () => {
  let session: KeyringSession;

  beforeAll(async () => {
    session = await startKeyringSession('unlocked');
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('stores, reads and deletes a secret', async () => {
    const store = new KeychainSecretStore({ service });

    await store.set('api-token:abc', 'ATATT3xSecretValue-ÄÖ€');

    expect(await store.get('api-token:abc')).toBe('ATATT3xSecretValue-ÄÖ€');
    expect(await store.delete('api-token:abc')).toBe(true);
    expect(await store.get('api-token:abc')).toBeNull();
    expect(await store.delete('api-token:abc')).toBe(false);
  });

  it('keeps the secret in gnome-keyring', async () => {
    const store = new KeychainSecretStore({ service });
    await store.set('api-token:visible', 'ATATT3xVisibleSecret');

    const listing = await searchKeyring(service, session.env);

    expect(listing).toContain(`attribute.service = ${service}`);
    expect(listing).toContain('attribute.username = api-token:visible');
    expect(listing).not.toContain('ATATT3xVisibleSecret');
    await store.delete('api-token:visible');
  });

  it('splits long values over entries', async () => {
    const store = new KeychainSecretStore({ service, maxEntryLength: 100 });
    const longToken = 'a'.repeat(2400);

    await store.set('oauth-access-token:long', longToken);
    const listing = await searchKeyring(service, session.env);

    expect(await store.get('oauth-access-token:long')).toBe(longToken);
    expect(listing).toContain('attribute.username = oauth-access-token:long#23');
    expect(listing).not.toContain('oauth-access-token:long#24');
  });

  it('removes parts when a value shrinks', async () => {
    const store = new KeychainSecretStore({ service, maxEntryLength: 100 });
    await store.set('oauth-access-token:shrink', 'b'.repeat(350));

    await store.set('oauth-access-token:shrink', 'short');
    const listing = await searchKeyring(service, session.env);

    expect(await store.get('oauth-access-token:shrink')).toBe('short');
    expect(listing).not.toContain('oauth-access-token:shrink#');
  });

  it('deletes every part of a long value', async () => {
    const store = new KeychainSecretStore({ service, maxEntryLength: 100 });
    await store.set('oauth-refresh-token:parts', 'c'.repeat(250));

    expect(await store.delete('oauth-refresh-token:parts')).toBe(true);
    const listing = await searchKeyring(service, session.env);

    expect(listing).not.toContain('oauth-refresh-token:parts');
  });

  it('never splits a surrogate pair', async () => {
    const store = new KeychainSecretStore({ service, maxEntryLength: 3 });
    const value = 'ab😀cd😀😀e';

    await store.set('api-token:emoji', value);

    expect(await store.get('api-token:emoji')).toBe(value);
  });
});
