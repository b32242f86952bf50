import type { AtlassianEndpoints } from '../config/endpoints.ts';

/**
 * What a request to Atlassian needs: the Authorization header value and the GraphQL gateway
 * that accepts it. API tokens use Basic on the home gateway; OAuth uses Bearer on
 * api.atlassian.com.
 */
export interface AtlassianCredential {
  readonly kind: 'basic' | 'bearer';
  readonly authorization: string;
  readonly graphqlUrl: string;
}

/**
 * Hands out valid credentials per account. OAuth implementations refresh before expiry and,
 * once, after a 401, single-flight per account.
 */
export interface CredentialProvider {
  getCredential(accountId: string): Promise<AtlassianCredential>;
  /**
   * Called after Atlassian answered 401 to `rejected`. Returns a fresh credential, or throws an
   * AtlassifyError with code SIGN_IN_REQUIRED when none can be had.
   */
  refreshAfterUnauthorized(
    accountId: string,
    rejected: AtlassianCredential,
  ): Promise<AtlassianCredential>;
}

/** Builds the Basic credential for an email and API token: base64 of the UTF-8 `email:token`. */
export function apiTokenCredential(
  email: string,
  apiToken: string,
  endpoints: AtlassianEndpoints,
): AtlassianCredential {
  const encoded = Buffer.from(`${email}:${apiToken}`, 'utf8').toString('base64');

  return {
    kind: 'basic',
    authorization: `Basic ${encoded}`,
    graphqlUrl: endpoints.apiTokenGraphqlUrl,
  };
}

/** Builds the Bearer credential for an OAuth access token. */
export function oauthCredential(
  accessToken: string,
  endpoints: AtlassianEndpoints,
): AtlassianCredential {
  return {
    kind: 'bearer',
    authorization: `Bearer ${accessToken}`,
    graphqlUrl: endpoints.oauthGraphqlUrl,
  };
}
