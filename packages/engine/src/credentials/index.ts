export {
  type AtlassianCredential,
  apiTokenCredential,
  type CredentialProvider,
  oauthCredential,
} from './atlassian-credential.ts';
export { FileSecretStore, fileSecretStoreWarning } from './file-secret-store.ts';
export { KeychainSecretStore, type KeychainSecretStoreOptions } from './keychain-secret-store.ts';
export { rememberSecrets } from './secret-snapshot.ts';
export { type SecretStore, secretNames } from './secret-store.ts';
export {
  type CredentialStoreKind,
  credentialStoreKinds,
  secretStoreFromEnvironment,
} from './secret-store-factory.ts';
export {
  deleteTokenSet,
  type NewTokens,
  readTokenSet,
  storeTokenSet,
  type TokenSet,
} from './token-set.ts';
