import type { AtlassianEndpoints } from '../config/endpoints.ts';

export interface AuthorizeUrlParameters {
  clientId: string;
  /** Sent exactly as registered in the developer console. */
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string;
}

/**
 * Builds the consent URL with `audience`, `prompt=consent` and space-separated scopes, as Atlassian
 * documents. Atlassian accepts the PKCE parameters without documenting them. It still requires the
 * client secret at the token endpoint, so PKCE is defence in depth only.
 * @see https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo/
 */
export function buildAuthorizeUrl(
  endpoints: AtlassianEndpoints,
  parameters: AuthorizeUrlParameters,
): string {
  const query = new URLSearchParams({
    audience: 'api.atlassian.com',
    client_id: parameters.clientId,
    scope: parameters.scopes.join(' '),
    redirect_uri: parameters.redirectUri,
    state: parameters.state,
    response_type: 'code',
    prompt: 'consent',
    code_challenge: parameters.codeChallenge,
    code_challenge_method: 'S256',
  });
  // URLSearchParams writes spaces as "+"; Atlassian's examples use "%20". A literal "+" in a value
  // is already "%2B", so every remaining "+" is a space.
  return `${endpoints.authorizeUrl}?${query.toString().replace(/\+/g, '%20')}`;
}

/** Returns the default scopes followed by `extraScopes`, without duplicates. */
export function requestedScopes(
  defaults: readonly string[],
  extraScopes: readonly string[] = [],
): string[] {
  const extras = extraScopes.flatMap((scope) => scope.split(/\s+/)).filter(Boolean);
  return [...new Set([...defaults, ...extras])];
}
