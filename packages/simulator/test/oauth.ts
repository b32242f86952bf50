import { createHash, randomBytes } from 'node:crypto';
import type { RunningSimulator } from '../src/index.ts';
import { jsonOf } from './json.ts';

export const DEFAULT_SCOPES = 'read:me read:account read:jira-work offline_access';

/** Builds an `/authorize` URL with Atlassian's parameters; `overrides` replaces or (with null) drops some. */
export function authorizeUrl(
  simulator: RunningSimulator,
  overrides: Record<string, string | null> = {},
): string {
  const parameters: Record<string, string | null> = {
    audience: 'api.atlassian.com',
    client_id: simulator.options.clientId,
    scope: DEFAULT_SCOPES,
    redirect_uri: simulator.options.callbackUrl,
    state: 'state-123',
    response_type: 'code',
    prompt: 'consent',
    ...overrides,
  };
  const url = new URL(`${simulator.url}/authorize`);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== null) {
      url.searchParams.set(name, value);
    }
  }
  return url.toString();
}

export function createPkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

/** Reads the pending-request id out of the consent page's form. */
export function pendingIdOf(html: string): string {
  const match = /name="request_id" value="([^"]+)"/.exec(html);
  if (!match?.[1]) {
    throw new Error('The consent page has no request_id field.');
  }
  return match[1];
}

/** Presses Allow or Deny on a consent page and returns the redirect target. */
export async function decide(
  simulator: RunningSimulator,
  pendingId: string,
  decision: 'allow' | 'deny',
): Promise<Response> {
  return fetch(`${simulator.url}/authorize/decision`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ request_id: pendingId, decision }).toString(),
  });
}

/** Runs the consent flow and returns the authorization code. */
export async function obtainCode(
  simulator: RunningSimulator,
  overrides: Record<string, string | null> = {},
): Promise<string> {
  const page = await fetch(authorizeUrl(simulator, overrides));
  const allowed = await decide(simulator, pendingIdOf(await page.text()), 'allow');
  const code = new URL(allowed.headers.get('location') ?? '').searchParams.get('code');
  if (!code) {
    throw new Error(`Allow did not redirect with a code (status ${allowed.status}).`);
  }
  return code;
}

/** Posts to the token endpoint with the client secret in a form body. */
export async function requestToken(
  simulator: RunningSimulator,
  parameters: Record<string, string>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${simulator.url}/oauth/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      client_id: simulator.options.clientId,
      client_secret: simulator.options.clientSecret,
      ...parameters,
    }).toString(),
  });
  return { status: response.status, body: await jsonOf(response) };
}

export interface IssuedTokens {
  access_token: string;
  refresh_token?: string;
  expires_in: number;
  scope: string;
  token_type: string;
}

/** Signs in through consent and code exchange; returns the token response. */
export async function signInWithOAuth(
  simulator: RunningSimulator,
  scope = DEFAULT_SCOPES,
): Promise<IssuedTokens> {
  const code = await obtainCode(simulator, { scope });
  const { status, body } = await requestToken(simulator, {
    grant_type: 'authorization_code',
    code,
    redirect_uri: simulator.options.callbackUrl,
  });
  if (status !== 200) {
    throw new Error(`The code exchange failed with status ${status}: ${JSON.stringify(body)}`);
  }
  return body as unknown as IssuedTokens;
}
