/**
 * Where secrets live: the OS keychain, or the explicit 0600 file store. Values are opaque
 * strings; one entry per secret keeps each under Windows' credential size limit.
 */
export interface SecretStore {
  readonly kind: 'keychain' | 'file';
  get(name: string): Promise<string | null>;
  set(name: string, value: string): Promise<void>;
  /** Returns whether an entry existed. */
  delete(name: string): Promise<boolean>;
}

/** Entry names, so every module addresses the same secret the same way. */
export const secretNames = {
  apiToken: (accountId: string) => `api-token:${accountId}`,
  oauthAccessToken: (accountId: string) => `oauth-access-token:${accountId}`,
  oauthRefreshToken: (accountId: string) => `oauth-refresh-token:${accountId}`,
  oauthClientSecret: (clientId: string) => `oauth-client-secret:${clientId}`,
};
