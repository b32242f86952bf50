import * as oauth from 'oauth4webapi';

import { networkError } from '../accounts/index.ts';
import {
  type AtlassifyError,
  ErrorCode,
  isAtlassifyError,
  RemoteError,
} from '../errors/atlassify-error.ts';

const consoleHint =
  "Check the Client ID and Secret on the app's Settings page at https://developer.atlassian.com/console/myapps/.";

/** True for the token endpoint's `invalid_grant`: the code or refresh token is expired, used or revoked. */
export function isInvalidGrant(error: unknown): boolean {
  return error instanceof oauth.ResponseBodyError && error.error === 'invalid_grant';
}

/**
 * Maps an oauth4webapi or fetch failure at the token endpoint to an AtlassifyError. `action` names
 * the step, such as "exchange the authorization code". Only the OAuth error code from the response
 * is kept; the response body and the request are not.
 */
export function tokenEndpointError(
  error: unknown,
  action: string,
  tokenUrl: string,
  timeoutMs: number,
): AtlassifyError {
  if (isAtlassifyError(error)) {
    return error;
  }
  const host = new URL(tokenUrl).host;

  if (error instanceof oauth.ResponseBodyError) {
    return oauthResponseError(error.error, error.status, action, host);
  }
  if (error instanceof oauth.WWWAuthenticateChallengeError) {
    return new RemoteError(
      ErrorCode.oauthFailed,
      `Atlassian rejected the client credentials when trying to ${action}.`,
      {
        hint: consoleHint,
        details: { host, status: error.status },
      },
    );
  }
  if (error instanceof oauth.OperationProcessingError) {
    return processingError(error, action, host);
  }
  if (error instanceof Error && error.name === 'TimeoutError') {
    return networkError(tokenUrl, error, timeoutMs);
  }
  return networkError(tokenUrl, error, null);
}

function oauthResponseError(
  code: string,
  status: number,
  action: string,
  host: string,
): RemoteError {
  const details = { host, status, oauthError: code };

  // Atlassian responds to a missing or wrong client secret with 401 access_denied "Unauthorized".
  if (
    code === 'invalid_client' ||
    code === 'unauthorized_client' ||
    (code === 'access_denied' && status === 401)
  ) {
    return new RemoteError(
      ErrorCode.oauthFailed,
      `Atlassian rejected the client credentials when trying to ${action} (${code}).`,
      {
        hint: consoleHint,
        details,
      },
    );
  }
  if (code === 'invalid_grant') {
    return new RemoteError(
      ErrorCode.oauthFailed,
      `Atlassian rejected the grant when trying to ${action} (invalid_grant).`,
      {
        hint: 'Start the sign-in again. If it keeps failing, check that the callback URL matches the console entry exactly.',
        details,
      },
    );
  }
  return new RemoteError(
    ErrorCode.oauthFailed,
    `Atlassian refused to ${action} (${code}, HTTP ${status}).`,
    {
      hint: 'Try again; if it keeps failing, report it with this message.',
      details,
    },
  );
}

function processingError(
  error: oauth.OperationProcessingError,
  action: string,
  host: string,
): RemoteError {
  const status = error.cause instanceof Response ? error.cause.status : undefined;
  if (status !== undefined && status >= 500) {
    return new RemoteError(ErrorCode.serverError, `${host} failed to ${action} (HTTP ${status}).`, {
      hint: 'Atlassian may have a temporary problem; try again in a few minutes.',
      details: { host, status },
    });
  }
  return new RemoteError(
    ErrorCode.badResponse,
    `${host} sent an unexpected response when trying to ${action}: ${error.message}.`,
    {
      hint: 'Try again; if it keeps failing, report it with this message.',
      details: { host, status, reason: error.code },
    },
  );
}
