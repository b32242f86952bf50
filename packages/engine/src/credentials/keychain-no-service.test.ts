import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { KeychainSecretStore } from './keychain-secret-store.ts';

describe('KeychainSecretStore without a Secret Service', () => {
  let session: KeyringSession;

  beforeAll(async () => {
    session = await startKeyringSession('none');
  });

  afterAll(async () => {
    await session?.stop();
  });

  it('names the missing Secret Service', async () => {
    const error = await new KeychainSecretStore({ service: 'atlassify-test' })
      .get('api-token:x')
      .catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'CREDENTIAL_STORE_UNAVAILABLE' });
    expect((error as Error).message).toContain('no Secret Service provider');
    expect((error as { hint: string }).hint).toContain('Install gnome-keyring');
  });
});
