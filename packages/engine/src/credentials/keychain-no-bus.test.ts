import { describe, expect, it } from 'vitest';

import { KeychainSecretStore } from './keychain-secret-store.ts';

// libdbus keeps the first session bus address it uses for the whole process, so each keychain
// failure case runs in its own test file (vitest runs every file in a fresh process).
delete process.env.DBUS_SESSION_BUS_ADDRESS;

describe('KeychainSecretStore without a session bus', () => {
  it('names the missing session bus', async () => {
    const error = await new KeychainSecretStore({ service: 'atlassify-test' })
      .set('api-token:x', 'secret-value')
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'CREDENTIAL_STORE_UNAVAILABLE', name: 'StorageError' });
    expect((error as Error).message).toContain('no D-Bus session bus');
    expect((error as { hint: string }).hint).toContain('ATLASSIFY_CREDENTIAL_STORE=file');
    expect(JSON.stringify(error)).not.toContain('secret-value');
  });
});
