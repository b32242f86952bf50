/** An OAuth 2.0 (3LO) app registered in the simulated developer console. */
export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  /** The one callback URL of the app; Atlassian matches `redirect_uri` against it exactly. */
  callbackUrl: string;
  name: string;
}

/**
 * Scopes the simulated app has added in the console, with the consent-page wording. Atlassian
 * rejects an authorization request for any other scope. `offline_access` needs no console entry
 * and requests a refresh token.
 */
export const CONFIGURED_SCOPES: ReadonlyMap<string, string> = new Map([
  ['offline_access', 'Stay connected when you are not using the app'],
  ['read:me', 'View your profile'],
  ['read:account', 'View user profiles'],
  ['read:jira-work', 'View Jira issue data'],
  ['read:jira-user', 'View Jira user profiles'],
  ['write:jira-work', 'Create and manage Jira issues'],
  ['read:page:confluence', 'View Confluence pages'],
  ['read:blogpost:confluence', 'View Confluence blog posts'],
  ['read:comment:confluence', 'View Confluence comments'],
  ['read:space:confluence', 'View Confluence spaces'],
]);

/** Scopes about the account rather than a site. A grant of only these lists no accessible site. */
export const IDENTITY_SCOPES: ReadonlySet<string> = new Set([
  'offline_access',
  'read:me',
  'read:account',
]);
