import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';

/** Maximum length, in characters, of a server error message quoted in an AtlassifyError. */
const maxQuotedLength = 200;

/**
 * Maps a non-2xx response to a RemoteError, or returns null for a 2xx response. Decides by
 * status code and headers only, never by the wording of the body.
 */
export function errorForStatus(
  response: Response,
  bodyText: string,
  credentialKind: AtlassianCredential['kind'],
  url: URL,
): RemoteError | null {
  const status = response.status;
  const host = url.host;
  if (status >= 200 && status < 300) {
    return null;
  }

  if (status === 401) {
    return new RemoteError(
      ErrorCode.invalidCredentials,
      `${host} rejected the credentials (HTTP 401).`,
      {
        hint:
          credentialKind === 'basic'
            ? 'Check the email and API token; API tokens expire, by default after a year. Sign in again with a new token.'
            : 'Sign in again with Atlassian.',
        details: { host, status },
      },
    );
  }
  if (status === 403) {
    return forbiddenError(credentialKind, host, { host });
  }
  if (status === 429 || status >= 500) {
    return retryableError(response, host);
  }
  if (status >= 300 && status < 400) {
    return new RemoteError(
      ErrorCode.badResponse,
      `${host} redirected the GraphQL request (HTTP ${status}); Atlassify does not follow redirects with credentials.`,
      {
        hint: 'Check ATLASSIFY_ATLASSIAN_BASE_URL, or any proxy between Atlassify and Atlassian.',
        details: { host, status },
      },
    );
  }

  const serverMessage = firstGraphqlErrorMessage(bodyText);
  const quoted = serverMessage ? `: ${serverMessage}` : '.';
  return new RemoteError(ErrorCode.badResponse, `${url.href} returned HTTP ${status}${quoted}`, {
    hint: 'Atlassian may have changed its API; update Atlassify, or report the error with this message.',
    details: { host, status },
  });
}

/**
 * Builds the error for a 403. Atlassian rejects notification requests from some OAuth tokens by
 * design, and from scoped API tokens without a read scope, so the hint depends on the credential
 * kind.
 */
export function forbiddenError(
  credentialKind: AtlassianCredential['kind'],
  subject: string,
  details: Record<string, string | number>,
): RemoteError {
  if (credentialKind === 'bearer') {
    return new RemoteError(
      ErrorCode.notificationsUnavailableWithOAuth,
      `${subject} refused this OAuth sign-in access to notifications (HTTP 403).`,
      {
        hint: 'Sign in with an email and API token to see notifications.',
        details: { ...details, status: 403 },
      },
    );
  }
  return new RemoteError(
    ErrorCode.invalidCredentials,
    `${subject} refused this API token access to notifications (HTTP 403).`,
    {
      hint: 'Use a classic API token, or a scoped token with read:account and read:jira-work.',
      details: { ...details, status: 403 },
    },
  );
}

function retryableError(response: Response, host: string): RemoteError {
  const status = response.status;
  const retryAfterSeconds = parseRetryAfter(response.headers.get('retry-after'), Date.now());
  const details = {
    host,
    status,
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  };
  const wait = retryAfterSeconds === undefined ? '' : ` for ${retryAfterSeconds} s`;

  if (status === 429) {
    return new RemoteError(ErrorCode.rateLimited, `${host} is rate limiting requests (HTTP 429).`, {
      hint: `Atlassify waits${wait} and tries again.`,
      details,
    });
  }
  return new RemoteError(ErrorCode.serverError, `${host} failed with HTTP ${status}.`, {
    hint: `Atlassian may be having an outage; Atlassify waits${wait} and tries again.`,
    details,
  });
}

/**
 * Parses a Retry-After header (delta seconds or an HTTP date) into whole seconds from `nowMs`.
 * Returns undefined for a missing or malformed header, so callers fall back to their backoff.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  const trimmed = value?.trim();
  if (!trimmed) {
    return undefined;
  }
  if (/^\d+$/.test(trimmed)) {
    return Number(trimmed);
  }

  // An HTTP date always names a weekday or month; Date.parse alone would read "-5" as a year.
  const date = /[a-z]{3}/i.test(trimmed) ? Date.parse(trimmed) : Number.NaN;
  if (Number.isNaN(date)) {
    return undefined;
  }
  return Math.max(0, Math.ceil((date - nowMs) / 1000));
}

/** Returns the first `errors[].message` of a JSON GraphQL body, shortened, or undefined. */
export function firstGraphqlErrorMessage(bodyText: string): string | undefined {
  let body: unknown;
  try {
    body = JSON.parse(bodyText);
  } catch {
    return undefined;
  }
  if (!body || typeof body !== 'object' || !('errors' in body) || !Array.isArray(body.errors)) {
    return undefined;
  }

  const first: unknown = body.errors[0];
  if (
    first &&
    typeof first === 'object' &&
    'message' in first &&
    typeof first.message === 'string'
  ) {
    return shortenQuote(first.message);
  }
  return undefined;
}

export function shortenQuote(text: string): string {
  const singleLine = text.replace(/\s+/g, ' ').trim();
  return singleLine.length > maxQuotedLength
    ? `${singleLine.slice(0, maxQuotedLength)}…`
    : singleLine;
}
