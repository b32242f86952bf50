import { SimulatorError } from '../errors.ts';
import { CONFIGURED_SCOPES, type OAuthClient } from './clients.ts';
import { S256_CHALLENGE_PATTERN } from './pkce.ts';

/** A checked `/authorize` request. */
export interface AuthorizeRequest {
  redirectUri: string;
  scopes: string[];
  state: string;
  codeChallenge: string | null;
}

/**
 * An `/authorize` request that is rejected with an error page and never redirected back to the
 * app. Atlassian does this for an unknown client or callback URL. For other bad parameters the
 * error page is this simulator's choice.
 */
export class AuthorizeError extends SimulatorError {
  readonly title: string;

  constructor(title: string, message: string) {
    super('AUTHORIZE_REJECTED', message);
    this.title = title;
  }
}

const SINGLE_VALUE_PARAMETERS = [
  'audience',
  'client_id',
  'scope',
  'redirect_uri',
  'state',
  'response_type',
  'prompt',
  'code_challenge',
  'code_challenge_method',
];

/** Returns every value of one query parameter, so that repeats can be rejected (RFC 6749 section 3.1). */
type ParameterReader = (name: string) => string[] | undefined;

/** Checks the query of an `/authorize` request. Throws `AuthorizeError` for the error page. */
export function checkAuthorizeRequest(
  read: ParameterReader,
  client: OAuthClient,
): AuthorizeRequest {
  for (const name of SINGLE_VALUE_PARAMETERS) {
    if ((read(name)?.length ?? 0) > 1) {
      throw invalidRequest(`The parameter ${name} appears more than once.`);
    }
  }
  const parameter = (name: string) => read(name)?.[0];

  const clientId = parameter('client_id');
  if (!clientId) {
    throw invalidRequest('The parameter client_id is missing.');
  }
  if (clientId !== client.clientId) {
    throw new AuthorizeError(
      'Unknown app',
      `No app is registered with the client id "${clientId}".`,
    );
  }
  // Exact string comparison: Atlassian rejects a different port, host spelling or trailing slash.
  if (parameter('redirect_uri') !== client.callbackUrl) {
    throw new AuthorizeError(
      "The app's callback URL is invalid",
      'The redirect_uri of this request does not match the callback URL registered for the app.',
    );
  }

  checkFixedValue(parameter('response_type'), 'response_type', 'code');
  checkFixedValue(parameter('audience'), 'audience', 'api.atlassian.com');
  const prompt = parameter('prompt');
  if (prompt !== undefined && prompt !== 'consent') {
    throw invalidRequest(`The parameter prompt is "${prompt}"; only "consent" is supported.`);
  }

  const state = parameter('state');
  // NOTE: Atlassian documents state as required but not what happens without it. The simulator
  // rejects such a request, so a client that forgets state fails in tests.
  if (!state) {
    throw invalidRequest('The parameter state is missing.');
  }

  return {
    redirectUri: client.callbackUrl,
    scopes: checkScopes(parameter('scope')),
    state,
    codeChallenge: checkCodeChallenge(
      parameter('code_challenge'),
      parameter('code_challenge_method'),
    ),
  };
}

function checkFixedValue(value: string | undefined, name: string, expected: string): void {
  if (value !== expected) {
    const actual = value === undefined ? 'missing' : `"${value}"`;
    throw invalidRequest(`The parameter ${name} is ${actual}; it must be "${expected}".`);
  }
}

function checkScopes(scope: string | undefined): string[] {
  const scopes = [...new Set((scope ?? '').split(' ').filter((entry) => entry !== ''))];
  if (scopes.length === 0) {
    throw invalidRequest('The parameter scope is missing or empty.');
  }
  const unknown = scopes.filter((entry) => !CONFIGURED_SCOPES.has(entry));
  if (unknown.length > 0) {
    throw invalidRequest(
      `The app has not added these scopes in the developer console: ${unknown.join(', ')}.`,
    );
  }
  return scopes;
}

function checkCodeChallenge(
  challenge: string | undefined,
  method: string | undefined,
): string | null {
  if (challenge === undefined) {
    if (method !== undefined) {
      throw invalidRequest('The parameter code_challenge_method was sent without code_challenge.');
    }
    return null;
  }
  if (method !== 'S256') {
    throw invalidRequest('The parameter code_challenge_method must be "S256".');
  }
  if (!S256_CHALLENGE_PATTERN.test(challenge)) {
    throw invalidRequest(
      'The parameter code_challenge must be 43 base64url characters (an S256 digest).',
    );
  }
  return challenge;
}

function invalidRequest(message: string): AuthorizeError {
  return new AuthorizeError('Something went wrong', message);
}
