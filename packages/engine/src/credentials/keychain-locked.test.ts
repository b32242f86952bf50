import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { KeychainSecretStore } from './keychain-secret-store.ts';

describe('KeychainSecretStore with a locked keyring', () => {
  let session: KeyringSession;

  beforeAll(async () => {
    session = await startKeyringSession('locked');
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('names the locked keyring', async () => {
    const error = await new KeychainSecretStore({ service: 'atlassify-test' })
      .set('api-token:x', 'secret-value')
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'CREDENTIAL_STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain('the keyring is locked');
    expect((error as { hint: string }).hint).toContain('Unlock gnome-keyring');
    expect(JSON.stringify(error)).not.toContain('secret-value');
  });
});
