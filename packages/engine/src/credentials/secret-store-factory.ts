import { stateHomeFromEnvironment } from '../config/environment.ts';
import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import { statePaths } from '../store/index.ts';
import { FileSecretStore } from './file-secret-store.ts';
import { KeychainSecretStore } from './keychain-secret-store.ts';
import type { SecretStore } from './secret-store.ts';

export const credentialStoreKinds = ['keychain', 'file'] as const;
export type CredentialStoreKind = (typeof credentialStoreKinds)[number];

/**
 * Opens the secret store that `ATLASSIFY_CREDENTIAL_STORE` selects: `keychain` (the default) or
 * `file` (credentials.json in the state home). `ATLASSIFY_KEYCHAIN_SERVICE` overrides the keychain
 * service name `atlassify`. Nothing is probed here and nothing falls back: a keychain that does
 * not work fails on first use with CREDENTIAL_STORE_UNAVAILABLE.
 */
export function secretStoreFromEnvironment(env: NodeJS.ProcessEnv = process.env): SecretStore {
  const raw = env.ATLASSIFY_CREDENTIAL_STORE?.trim() || 'keychain';
  if (!isCredentialStoreKind(raw)) {
    throw new InputError(
      ErrorCode.invalidInput,
      `ATLASSIFY_CREDENTIAL_STORE has an unsupported value "${raw}"; allowed values are "keychain" and "file".`,
      {
        hint: 'Unset it to use the OS keychain, or set it to "file" to store secrets in a plain-text 0600 file.',
        details: { field: 'ATLASSIFY_CREDENTIAL_STORE', value: raw },
      },
    );
  }

  if (raw === 'file') {
    return new FileSecretStore(statePaths(stateHomeFromEnvironment(env)).credentialsFile);
  }
  const service = env.ATLASSIFY_KEYCHAIN_SERVICE?.trim();
  return new KeychainSecretStore(service ? { service } : {});
}

function isCredentialStoreKind(value: string): value is CredentialStoreKind {
  return (credentialStoreKinds as readonly string[]).includes(value);
}
