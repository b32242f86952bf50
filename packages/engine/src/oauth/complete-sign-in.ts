import * as oauth from 'oauth4webapi';

import { type AccountRecord, AuthMethod, defaultRequestTimeoutMs } from '../accounts/index.ts';
import { rememberSecrets, secretNames, storeTokenSet } from '../credentials/index.ts';
import { fetchProfile, fetchSites } from './atlassian-identity.ts';
import { authorizationServer, tokenRequestOptions } from './authorization-server.ts';
import type { OAuthClient } from './client-config.ts';
import { probeNotifications } from './notifications-probe.ts';
import type { OAuthContext } from './oauth-context.ts';
import { tokenEndpointError } from './token-errors.ts';

export interface AuthorizationGrant {
  /** The validated callback parameters (from oauth4webapi's `validateAuthResponse`). */
  callbackParameters: URLSearchParams;
  client: OAuthClient;
  codeVerifier: string;
  redirectUri: string;
  requestedScopes: string[];
  /** Aborted when the user cancels the sign-in. */
  signal: AbortSignal;
}

/**
 * Exchanges the authorization code, reads the profile and sites, stores the tokens (refresh token
 * first) and then the account record. Signing in to the same account again replaces its tokens.
 * When a step after the first write fails, every entry it wrote goes back to its earlier value.
 * @see https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo/
 */
export async function completeOAuthSignIn(
  grant: AuthorizationGrant,
  context: OAuthContext,
): Promise<AccountRecord> {
  const tokens = await exchangeCode(grant, context);
  const now = context.now ?? Date.now;
  const requestOptions = { timeoutMs: context.requestTimeoutMs, signal: grant.signal };

  const profile = await fetchProfile(tokens.access_token, context.endpoints, requestOptions);
  const sites = await fetchSites(tokens.access_token, context.endpoints, requestOptions);
  const existing = await context.accounts.get(profile.accountId);
  const accountId = profile.accountId;
  const fromEnvironment = grant.client.source === 'environment';
  const restore = await rememberSecrets(context.secrets, [
    secretNames.oauthRefreshToken(accountId),
    secretNames.oauthAccessToken(accountId),
    ...(fromEnvironment ? [secretNames.oauthClientSecret(grant.client.clientId)] : []),
  ]);

  try {
    await storeTokenSet(context.secrets, accountId, {
      accessToken: tokens.access_token,
      expiresAt: now() + (tokens.expires_in ?? 3600) * 1000,
      refreshToken: tokens.refresh_token,
    });
    if (tokens.refresh_token === undefined) {
      // Without offline_access there is no refresh token; one from an earlier sign-in is stale.
      await context.secrets.delete(secretNames.oauthRefreshToken(accountId));
    }
    if (fromEnvironment) {
      // Refreshing needs the same client later, when the flag or variable may be gone.
      await context.secrets.set(
        secretNames.oauthClientSecret(grant.client.clientId),
        grant.client.clientSecret,
      );
    }
    const status = await probeNotifications(tokens.access_token, context.endpoints, requestOptions);
    const record = await context.accounts.upsert({
      id: accountId,
      email: profile.email,
      name: profile.name,
      avatarUrl: profile.avatarUrl,
      authMethod: AuthMethod.oauth,
      scopes: tokens.scope ? tokens.scope.split(' ').filter(Boolean) : grant.requestedScopes,
      sites,
      status,
      credentialStore: context.secrets.kind,
      oauthClientId: grant.client.clientId,
      atlassianBaseUrl: context.endpoints.baseUrl,
      ...(context.demo ? { demo: true } : {}),
    });
    await removeApiToken(existing, context);
    return record;
  } catch (error) {
    // The error to report is the one that failed the sign-in, even if restoring fails too.
    await restore().catch(() => {});
    throw error;
  }
}

async function exchangeCode(
  grant: AuthorizationGrant,
  context: OAuthContext,
): Promise<oauth.TokenEndpointResponse> {
  const as = authorizationServer(context.endpoints);
  const client: oauth.Client = { client_id: grant.client.clientId };
  const timeoutMs = context.requestTimeoutMs ?? defaultRequestTimeoutMs;
  const signal = AbortSignal.any([grant.signal, AbortSignal.timeout(timeoutMs)]);

  try {
    const response = await oauth.authorizationCodeGrantRequest(
      as,
      client,
      oauth.ClientSecretPost(grant.client.clientSecret),
      grant.callbackParameters,
      grant.redirectUri,
      grant.codeVerifier,
      tokenRequestOptions(context.endpoints, signal),
    );
    return await oauth.processAuthorizationCodeResponse(as, client, response);
  } catch (error) {
    if (grant.signal.aborted) {
      throw grant.signal.reason;
    }
    throw tokenEndpointError(
      error,
      'exchange the authorization code',
      context.endpoints.tokenUrl,
      timeoutMs,
    );
  }
}

/** Deletes the API token of an account that now signs in with OAuth, because nothing reads it anymore. */
async function removeApiToken(
  existing: AccountRecord | null,
  context: OAuthContext,
): Promise<void> {
  if (
    existing?.authMethod !== AuthMethod.apiToken ||
    existing.credentialStore !== context.secrets.kind
  ) {
    return;
  }
  // NOTE: a failed delete leaves an unused entry behind; it must not fail a good sign-in.
  await context.secrets.delete(secretNames.apiToken(existing.id)).catch(() => false);
}
