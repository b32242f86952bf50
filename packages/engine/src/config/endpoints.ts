/**
 * Every Atlassian URL the engine calls or opens, from one place. The defaults are Atlassian's
 * real hosts; `ATLASSIFY_ATLASSIAN_BASE_URL` maps all of them onto one base URL (the simulator).
 */
export interface AtlassianEndpoints {
  /**
   * The override all endpoints are mapped onto, without a trailing slash, or null for Atlassian
   * Cloud. Accounts remember it, because their credentials are valid only there.
   */
  baseUrl: string | null;
  /** `https://auth.atlassian.com/authorize` */
  authorizeUrl: string;
  /** `https://auth.atlassian.com/oauth/token` */
  tokenUrl: string;
  /** OAuth issuer identifier, used by oauth4webapi. */
  issuer: string;
  /** `https://api.atlassian.com/me` (Bearer) */
  meUrl: string;
  /** `https://api.atlassian.com/oauth/token/accessible-resources` (Bearer) */
  accessibleResourcesUrl: string;
  /** `https://home.atlassian.com/gateway/api/graphql`, used with Basic auth (API tokens). */
  apiTokenGraphqlUrl: string;
  /** `https://api.atlassian.com/graphql`, used with Bearer auth (OAuth). */
  oauthGraphqlUrl: string;
  /** `https://api.atlassian.com` base for `/ex/jira/{cloudId}/rest/api/3/...`. */
  apiBaseUrl: string;
  /** Atlassian's notifications page, opened in the browser. */
  notificationsPageUrl: string;
  /** The page where users create API tokens. */
  apiTokensPageUrl: string;
  /**
   * True only when a base URL override points at plain http (the simulator). oauth4webapi
   * rejects http unless it is allowed explicitly, and so must every other client.
   */
  allowInsecureHttp: boolean;
}

export const atlassianCloudEndpoints: AtlassianEndpoints = {
  baseUrl: null,
  authorizeUrl: 'https://auth.atlassian.com/authorize',
  tokenUrl: 'https://auth.atlassian.com/oauth/token',
  issuer: 'https://auth.atlassian.com',
  meUrl: 'https://api.atlassian.com/me',
  accessibleResourcesUrl: 'https://api.atlassian.com/oauth/token/accessible-resources',
  apiTokenGraphqlUrl: 'https://home.atlassian.com/gateway/api/graphql',
  oauthGraphqlUrl: 'https://api.atlassian.com/graphql',
  apiBaseUrl: 'https://api.atlassian.com',
  notificationsPageUrl: 'https://home.atlassian.com/notifications',
  apiTokensPageUrl: 'https://id.atlassian.com/manage-profile/security/api-tokens',
  allowInsecureHttp: false,
};

/**
 * Maps every endpoint onto one base URL, the way the simulator serves them. Web pages opened in
 * the browser (notifications page, API tokens page) keep their real addresses.
 */
export function endpointsForBaseUrl(baseUrl: string): AtlassianEndpoints {
  const base = new URL(baseUrl);
  const root = base.href.replace(/\/+$/, '');

  return {
    ...atlassianCloudEndpoints,
    baseUrl: root,
    authorizeUrl: `${root}/authorize`,
    tokenUrl: `${root}/oauth/token`,
    issuer: root,
    meUrl: `${root}/me`,
    accessibleResourcesUrl: `${root}/oauth/token/accessible-resources`,
    apiTokenGraphqlUrl: `${root}/gateway/api/graphql`,
    oauthGraphqlUrl: `${root}/graphql`,
    apiBaseUrl: root,
    allowInsecureHttp: base.protocol === 'http:',
  };
}

/** Names an endpoint set for messages: its base URL, or "Atlassian Cloud". */
export function describeBaseUrl(baseUrl: string | null): string {
  return baseUrl ?? 'Atlassian Cloud';
}
