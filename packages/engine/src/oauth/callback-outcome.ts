import * as oauth from 'oauth4webapi';

import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';

/**
 * Meaning of one callback request for the running sign-in. `ignored` requests (no state, a wrong
 * state, no code) do not end it: they may come from another tab, a stale link or another program.
 */
export type CallbackOutcome =
  | { kind: 'ignored'; reason: string }
  | { kind: 'error'; error: RemoteError }
  | { kind: 'code'; parameters: URLSearchParams };

/** Classifies the callback's query parameters against the expected `state`. */
export function classifyCallback(
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  parameters: URLSearchParams,
  expectedState: string,
): CallbackOutcome {
  if (!parameters.has('state')) {
    return { kind: 'ignored', reason: 'The request has no sign-in state.' };
  }

  let validated: URLSearchParams;
  try {
    validated = oauth.validateAuthResponse(as, client, parameters, expectedState);
  } catch (error) {
    if (error instanceof oauth.AuthorizationResponseError) {
      return { kind: 'error', error: authorizationError(error.error) };
    }
    // A wrong state, an unexpected issuer or a repeated parameter: not this sign-in's redirect.
    return {
      kind: 'ignored',
      reason: 'The request does not belong to the sign-in that is waiting.',
    };
  }

  if (!validated.get('code')) {
    return { kind: 'ignored', reason: 'The request has no authorization code.' };
  }
  return { kind: 'code', parameters: validated };
}

/**
 * Builds the error for an `error` redirect (RFC 6749 section 4.1.2.1). Only the error code is
 * used; `error_description` is free text from the redirect and is not repeated.
 */
export function authorizationError(code: string): RemoteError {
  const oauthError = code.slice(0, 64);
  const details = { oauthError };

  switch (oauthError) {
    case 'access_denied':
      return new RemoteError(
        ErrorCode.oauthAccessDenied,
        'Atlassian sign-in failed: access was denied.',
        {
          hint: "Start the sign-in again and choose Accept on Atlassian's consent page, or sign in with an API token.",
          details,
        },
      );
    case 'server_error':
      return new RemoteError(
        ErrorCode.oauthFailed,
        "Atlassian sign-in failed: Atlassian's authorization server had an error.",
        {
          hint: 'Try again in a few minutes.',
          details,
        },
      );
    case 'temporarily_unavailable':
      return new RemoteError(
        ErrorCode.oauthFailed,
        'Atlassian sign-in failed: the authorization server is temporarily unavailable.',
        {
          hint: 'Try again in a few minutes.',
          details,
        },
      );
    case 'invalid_scope':
      return new RemoteError(
        ErrorCode.oauthFailed,
        'Atlassian sign-in failed: the app is not allowed the requested scopes.',
        {
          hint: 'Add the scopes read:me, read:account, read:jira-work and offline_access to the app in the developer console.',
          details,
        },
      );
    default:
      return new RemoteError(
        ErrorCode.oauthFailed,
        `Atlassian sign-in failed: the authorization server returned "${oauthError}".`,
        {
          hint: 'Check the Client ID and that the callback URL matches the developer console entry exactly, then try again.',
          details,
        },
      );
  }
}
