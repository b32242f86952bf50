import * as oauth from 'oauth4webapi';

import {
  type AccountRecord,
  defaultRequestTimeoutMs,
  secretStoreForAccount,
} from '../accounts/index.ts';
import { atlassianCloudEndpoints } from '../config/endpoints.ts';
import {
  type AtlassianCredential,
  deleteTokenSet,
  oauthCredential,
  readTokenSet,
  storeTokenSet,
  type TokenSet,
} from '../credentials/index.ts';
import { ErrorCode, InputError, RemoteError } from '../errors/atlassify-error.ts';
import { statePaths, withFileLock } from '../store/index.ts';
import { authorizationServer, tokenRequestOptions } from './authorization-server.ts';
import { clientSecretFor } from './client-config.ts';
import type { OAuthContext } from './oauth-context.ts';
import { isInvalidGrant, tokenEndpointError } from './token-errors.ts';

export interface RefreshRequest {
  account: AccountRecord;
  /** The Authorization header Atlassian rejected with 401, or null for a refresh before expiry. */
  rejectedAuthorization: string | null;
  /** Tokens expiring within this many ms count as expired. */
  marginMs: number;
}

/**
 * Refreshes an account's OAuth tokens under its inter-process lock. After taking the lock it
 * re-reads the stored tokens: when another process already rotated them, it uses those. The new
 * refresh token is stored before the new access token, and a response without one keeps the old.
 * An `invalid_grant` marks the account `sign-in-required` and throws SIGN_IN_REQUIRED.
 * @see https://developer.atlassian.com/cloud/oauth/getting-started/refresh-tokens/
 */
export async function refreshAccountTokens(
  request: RefreshRequest,
  context: OAuthContext,
): Promise<AtlassianCredential> {
  const { account } = request;
  const lockFile = statePaths(context.stateHome).refreshLockFile(account.id);

  return withFileLock(lockFile, async () => {
    const store = secretStoreForAccount(account, context);
    const current = await readTokenSet(store, account.id);
    // Another process may have refreshed while this one waited for the lock.
    if (
      current?.accessToken &&
      isUsable(current.accessToken, current.expiresAt, request, context)
    ) {
      return oauthCredential(current.accessToken, context.endpoints);
    }
    if (!current?.refreshToken) {
      await markSignInRequired(account, context);
      throw signInRequiredError(account, 'its access token expired and no refresh token is stored');
    }

    let tokens: oauth.TokenEndpointResponse;
    try {
      tokens = await requestRefresh(account, current.refreshToken, context);
    } catch (error) {
      if (!isInvalidGrant(error)) {
        throw error;
      }
      return handleInvalidGrant(account, current, context);
    }

    const now = context.now ?? Date.now;
    await storeTokenSet(store, account.id, {
      accessToken: tokens.access_token,
      expiresAt: now() + (tokens.expires_in ?? 3600) * 1000,
      refreshToken: tokens.refresh_token,
    });
    return oauthCredential(tokens.access_token, context.endpoints);
  });
}

/** Builds SIGN_IN_REQUIRED for an account whose stored credential no longer works. */
export function signInRequiredError(account: AccountRecord, reason: string): RemoteError {
  const hint =
    account.authMethod === 'api-token'
      ? `API tokens expire within a year. Create a new one at ${atlassianCloudEndpoints.apiTokensPageUrl} and sign in to the account again with it; its settings are kept.`
      : 'Sign in to the account again with OAuth; its settings are kept.';
  return new RemoteError(
    ErrorCode.signInRequired,
    `Sign-in required for ${account.email || account.id}: ${reason}.`,
    {
      hint,
      details: { accountId: account.id },
    },
  );
}

export async function markSignInRequired(
  account: AccountRecord,
  context: OAuthContext,
): Promise<void> {
  await context.accounts.update(account.id, { status: 'sign-in-required' });
}

function isUsable(
  accessToken: string,
  expiresAt: number,
  request: RefreshRequest,
  context: OAuthContext,
): boolean {
  const now = context.now ?? Date.now;
  const fresh = expiresAt - now() > request.marginMs;
  const rejected =
    request.rejectedAuthorization === oauthCredential(accessToken, context.endpoints).authorization;
  return fresh && !rejected;
}

/**
 * Handles a rejected refresh token. If another process stored a different pair meanwhile, returns
 * that pair. Otherwise deletes the rejected tokens, marks the account and throws SIGN_IN_REQUIRED.
 */
async function handleInvalidGrant(
  account: AccountRecord,
  sent: TokenSet,
  context: OAuthContext,
): Promise<AtlassianCredential> {
  const store = secretStoreForAccount(account, context);
  const latest = await readTokenSet(store, account.id);
  if (latest?.accessToken && latest.refreshToken !== sent.refreshToken) {
    return oauthCredential(latest.accessToken, context.endpoints);
  }

  if (latest?.refreshToken === sent.refreshToken) {
    await deleteTokenSet(store, account.id);
  }
  await markSignInRequired(account, context);
  throw signInRequiredError(account, 'Atlassian rejected its refresh token (invalid_grant)');
}

async function requestRefresh(
  account: AccountRecord,
  refreshToken: string,
  context: OAuthContext,
): Promise<oauth.TokenEndpointResponse> {
  const clientId = account.oauthClientId;
  const clientSecret = clientId ? await clientSecretFor(clientId, context) : null;
  if (!clientId || !clientSecret) {
    throw new InputError(
      ErrorCode.oauthSecretMissing,
      `Cannot refresh the sign-in of ${account.email}: the secret of its OAuth client ${clientId ?? '(unknown)'} is not available.`,
      {
        hint: 'Enter the client secret in the OAuth tab (or set ATLASSIFY_OAUTH_CLIENT_SECRET), or sign in again.',
        details: { accountId: account.id, clientId },
      },
    );
  }

  const as = authorizationServer(context.endpoints);
  const client: oauth.Client = { client_id: clientId };
  const timeoutMs = context.requestTimeoutMs ?? defaultRequestTimeoutMs;
  try {
    const response = await oauth.refreshTokenGrantRequest(
      as,
      client,
      oauth.ClientSecretPost(clientSecret),
      refreshToken,
      tokenRequestOptions(context.endpoints, AbortSignal.timeout(timeoutMs)),
    );
    return await oauth.processRefreshTokenResponse(as, client, response);
  } catch (error) {
    if (isInvalidGrant(error)) {
      throw error;
    }
    throw tokenEndpointError(
      error,
      'refresh the access token',
      context.endpoints.tokenUrl,
      timeoutMs,
    );
  }
}
