import type { Context } from 'hono';
import type { SimulatedUser } from '../accounts/types.ts';
import type { SimulatorState } from '../server/state.ts';
import { type Credentials, readCredentials } from './credentials.ts';
import { secretsEqual } from './secrets.ts';

/** Caller of a request, once its Authorization header has been checked. */
export type Caller =
  | { kind: 'anonymous' }
  | { kind: 'basic'; user: SimulatedUser }
  | { kind: 'bearer'; user: SimulatedUser; scopes: ReadonlySet<string> };

/** Credentials that an endpoint accepts. */
export interface AuthPolicy {
  basic: boolean;
  bearer: boolean;
  anonymous: boolean;
}

export type AuthOutcome = { ok: true; caller: Caller } | { ok: false; response: Response };

/**
 * Checks the request's Authorization header against an endpoint's policy. A failure carries the
 * 401 response to send: a rejected API token sets `X-Seraph-LoginReason`, a rejected OAuth token
 * sets `WWW-Authenticate: Bearer`. A scheme the endpoint does not take counts as rejected.
 */
export function authenticate(state: SimulatorState, c: Context, policy: AuthPolicy): AuthOutcome {
  const credentials = readCredentials(c.req.header('authorization'));

  if (credentials.scheme === 'none' && policy.anonymous) {
    return { ok: true, caller: { kind: 'anonymous' } };
  }
  if (credentials.scheme === 'basic' && policy.basic) {
    const user = state.directory.findUserByEmail(credentials.username);
    if (user && state.captchaAccountIds.has(user.accountId)) {
      return { ok: false, response: captchaResponse() };
    }
    const expired = user !== undefined && state.expiredApiTokenAccountIds.has(user.accountId);
    if (user && !expired && secretsEqual(credentials.password, user.apiToken)) {
      return { ok: true, caller: { kind: 'basic', user } };
    }
  }
  if (credentials.scheme === 'bearer' && policy.bearer) {
    const token = state.tokens.findAccessToken(credentials.token, state.nowMs());
    const user = token && state.directory.findUserByAccountId(token.grant.accountId);
    if (token && user) {
      return { ok: true, caller: { kind: 'bearer', user, scopes: new Set(token.grant.scopes) } };
    }
  }

  return { ok: false, response: unauthorizedResponse(credentials.scheme, policy) };
}

/**
 * After repeated failed sign-ins Atlassian rejects API-token requests with 403 and this header
 * until the user signs in once in a browser and solves a CAPTCHA.
 */
function captchaResponse(): Response {
  return Response.json(
    { code: 403, message: 'CAPTCHA required: sign in at id.atlassian.com in a browser first.' },
    {
      status: 403,
      headers: {
        'X-Authentication-Denied-Reason':
          'CAPTCHA_CHALLENGE; login-url=https://id.atlassian.com/login',
      },
    },
  );
}

function unauthorizedResponse(scheme: Credentials['scheme'], policy: AuthPolicy): Response {
  if (scheme === 'bearer') {
    return Response.json(
      { code: 401, message: 'Unauthorized' },
      { status: 401, headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } },
    );
  }
  if (scheme === 'none') {
    const challenge = policy.bearer ? 'Bearer' : 'Basic realm="Atlassian"';
    return Response.json(
      { code: 401, message: 'Unauthorized' },
      { status: 401, headers: { 'WWW-Authenticate': challenge } },
    );
  }
  // Atlassian marks a failed API-token sign-in with this header; the body varies between services.
  return Response.json(
    { code: 401, message: 'Client must be authenticated to access this resource.' },
    { status: 401, headers: { 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED' } },
  );
}
