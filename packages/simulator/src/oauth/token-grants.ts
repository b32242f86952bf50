import type { SimulatorState } from '../server/state.ts';
import type { OAuthClient } from './clients.ts';
import { verifyS256 } from './pkce.ts';
import type { Grant } from './refresh-families.ts';
import { invalidAuthorizationCode, invalidRequest } from './token-error.ts';
import { CODE_LIFETIME_MS } from './token-store.ts';

/** Successful token response, in the fields Atlassian returns. */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope: string;
  refresh_token?: string;
}

/**
 * Redeems an authorization code. A code is good for one redemption attempt within 10 minutes, for
 * the client and `redirect_uri` it was issued to, and with a matching PKCE verifier when `/authorize`
 * received a challenge. Replaying a redeemed code also revokes the tokens it produced.
 */
export function exchangeAuthorizationCode(
  state: SimulatorState,
  client: OAuthClient,
  parameters: Record<string, string>,
): TokenResponse {
  const code = parameters.code;
  if (!code) {
    throw invalidRequest('The parameter code is missing.');
  }
  const record = state.tokens.findCode(code);
  if (!record) {
    throw invalidAuthorizationCode();
  }
  if (record.redeemed) {
    if (record.issued) {
      state.tokens.revokeAccessToken(record.issued.accessToken);
      if (record.issued.familyId !== null) {
        state.tokens.refreshFamilies.revokeFamily(record.issued.familyId);
      }
    }
    throw invalidAuthorizationCode();
  }
  record.redeemed = true;

  const expired = state.nowMs() - record.issuedAtMs > CODE_LIFETIME_MS;
  const verified =
    record.codeChallenge === null || verifyS256(parameters.code_verifier, record.codeChallenge);
  if (
    expired ||
    !verified ||
    record.grant.clientId !== client.clientId ||
    parameters.redirect_uri !== record.redirectUri
  ) {
    throw invalidAuthorizationCode();
  }

  let refreshToken: string | null = null;
  let familyId: number | null = null;
  if (record.grant.scopes.includes('offline_access')) {
    const family = state.tokens.refreshFamilies.start(record.grant, state.nowMs());
    refreshToken = family.refreshToken;
    familyId = family.familyId;
  }
  const response = issueTokens(state, record.grant, refreshToken);
  record.issued = { accessToken: response.access_token, familyId };
  return response;
}

/**
 * Redeems a rotating refresh token; see `RefreshFamilies.redeem` for the reuse rules. With the
 * `omitRefreshTokenOnRefresh` switch the token does not rotate and the response has no
 * `refresh_token`, so the client must keep the one it sent.
 */
export function exchangeRefreshToken(
  state: SimulatorState,
  client: OAuthClient,
  parameters: Record<string, string>,
): TokenResponse {
  const token = parameters.refresh_token;
  if (!token) {
    throw invalidRequest('The parameter refresh_token is missing.');
  }
  const omit = state.switches.omitRefreshTokenOnRefresh;
  const result = state.tokens.refreshFamilies.redeem(token, client.clientId, state.nowMs(), !omit);
  return issueTokens(state, result.grant, omit ? null : result.refreshToken);
}

function issueTokens(
  state: SimulatorState,
  grant: Grant,
  refreshToken: string | null,
): TokenResponse {
  const lifetimeSeconds = state.options.accessTokenTtlSeconds;
  const accessToken = state.tokens.issueAccessToken(grant, state.nowMs() + lifetimeSeconds * 1000);
  const response: TokenResponse = {
    access_token: accessToken,
    token_type: 'Bearer',
    expires_in: lifetimeSeconds,
    scope: grant.scopes.join(' '),
  };
  if (refreshToken !== null) {
    response.refresh_token = refreshToken;
  }
  return response;
}
