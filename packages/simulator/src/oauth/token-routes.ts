import type { Context, Hono } from 'hono';
import { readCredentials } from '../auth/credentials.ts';
import { secretsEqual } from '../auth/secrets.ts';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';
import type { OAuthClient } from './clients.ts';
import { clientUnauthorized, invalidRequest, TokenEndpointError } from './token-error.ts';
import { exchangeAuthorizationCode, exchangeRefreshToken } from './token-grants.ts';

const GRANTS = {
  authorization_code: exchangeAuthorizationCode,
  refresh_token: exchangeRefreshToken,
};

/**
 * Adds `POST /oauth/token`. It takes a JSON or form body, and the client secret either in the body
 * or as HTTP Basic credentials. With the `holdRefreshResponses` switch, a refresh-token grant is
 * decided at once (the token rotates) but its response waits until the switch is turned off.
 */
export function registerTokenRoute(app: Hono<AppEnv>, state: SimulatorState): void {
  app.post('/oauth/token', async (c) => {
    c.set('authKind', 'client');
    c.header('Cache-Control', 'no-store');
    c.header('Pragma', 'no-cache');

    let grantType: string | undefined;
    let status: 200 | TokenEndpointError['status'];
    let body: object;
    try {
      const parameters = await readTokenParameters(c);
      grantType = parameters.grant_type;
      if (!grantType) {
        throw invalidRequest('The parameter grant_type is missing.');
      }
      if (grantType !== 'authorization_code' && grantType !== 'refresh_token') {
        const description = `The grant type "${grantType}" is not supported; use authorization_code or refresh_token.`;
        throw new TokenEndpointError(400, 'unsupported_grant_type', description);
      }
      const client = authenticateClient(state, c.req.header('authorization'), parameters);
      body = GRANTS[grantType](state, client, parameters);
      status = 200;
    } catch (error) {
      if (!(error instanceof TokenEndpointError)) {
        throw error;
      }
      body = { error: error.error, error_description: error.description };
      status = error.status;
    }

    if (grantType === 'refresh_token' && state.switches.holdRefreshResponses) {
      await state.refreshResponses.wait();
    }
    return c.json(body, status);
  });
}

async function readTokenParameters(c: Context<AppEnv>): Promise<Record<string, string>> {
  const contentType = c.req.header('content-type') ?? '';
  const text = await c.req.text();

  if (contentType.includes('application/json')) {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw invalidRequest('The request body is not valid JSON.');
    }
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
      throw invalidRequest('The request body must be a JSON object.');
    }
    const entries = Object.entries(body).filter(([, value]) => typeof value === 'string');
    return Object.fromEntries(entries);
  }

  if (contentType.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(text);
    const parameters: Record<string, string> = {};
    for (const [name, value] of form) {
      // RFC 6749 section 3.2: a parameter must not appear more than once.
      if (name in parameters) {
        throw invalidRequest(`The parameter ${name} appears more than once.`);
      }
      parameters[name] = value;
    }
    return parameters;
  }

  throw invalidRequest(
    'The Content-Type must be application/json or application/x-www-form-urlencoded.',
  );
}

/**
 * Returns the client when it proved its secret, in the body or as HTTP Basic credentials (whose
 * id and secret are form-encoded first, per RFC 6749 section 2.3.1). Atlassian requires the secret
 * even when PKCE is used.
 */
function authenticateClient(
  state: SimulatorState,
  authorization: string | undefined,
  parameters: Record<string, string>,
): OAuthClient {
  const credentials = readCredentials(authorization);
  let clientId = parameters.client_id;
  let clientSecret = parameters.client_secret;

  if (credentials.scheme === 'basic') {
    if (clientSecret !== undefined) {
      throw invalidRequest(
        'Send the client secret either in the body or as HTTP Basic credentials, not both.',
      );
    }
    const basicId = formDecode(credentials.username);
    if (clientId !== undefined && clientId !== basicId) {
      throw clientUnauthorized();
    }
    clientId = basicId;
    clientSecret = formDecode(credentials.password);
  } else if (credentials.scheme !== 'none') {
    throw clientUnauthorized();
  }

  const client = state.client;
  if (
    clientId !== client.clientId ||
    clientSecret === undefined ||
    !secretsEqual(clientSecret, client.clientSecret)
  ) {
    throw clientUnauthorized();
  }
  return client;
}

function formDecode(value: string): string | undefined {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}
