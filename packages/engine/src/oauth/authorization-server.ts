import * as oauth from 'oauth4webapi';

import type { AtlassianEndpoints } from '../config/endpoints.ts';

/**
 * Atlassian publishes no discovery document for 3LO, so the server metadata is written by hand.
 * @see https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo/
 */
export function authorizationServer(endpoints: AtlassianEndpoints): oauth.AuthorizationServer {
  return {
    issuer: endpoints.issuer,
    authorization_endpoint: endpoints.authorizeUrl,
    token_endpoint: endpoints.tokenUrl,
  };
}

/**
 * Options for every oauth4webapi request. Plain http is allowed only when the endpoints point at
 * the local simulator (`allowInsecureHttp`); oauth4webapi rejects it otherwise.
 */
export function tokenRequestOptions(
  endpoints: AtlassianEndpoints,
  signal: AbortSignal,
): oauth.TokenEndpointRequestOptions {
  return endpoints.allowInsecureHttp ? { signal, [oauth.allowInsecureRequests]: true } : { signal };
}
