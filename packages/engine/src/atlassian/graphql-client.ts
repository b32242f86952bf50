import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import { errorForStatus } from './http-status.ts';

/** How long one GraphQL request may take, body included, before it fails with NETWORK. */
export const defaultGraphqlTimeoutMs = 20_000;

/** Options every Atlassian request takes besides its own variables. */
export interface TransportOptions {
  credential: AtlassianCredential;
  /** Replaces the global fetch, for callers that route requests differently. */
  fetch?: typeof globalThis.fetch;
  timeoutMs?: number;
  /** Aborting it rejects with the signal's reason, not with an AtlassifyError. */
  signal?: AbortSignal;
}

export interface GraphqlRequest extends TransportOptions {
  /** The full document: the operation first, then its fragments. */
  query: string;
  variables?: Record<string, unknown>;
}

/**
 * Posts one GraphQL document to `credential.graphqlUrl` and returns the parsed JSON body.
 * The body has no `operationName`, as Atlassian's own clients send it; the server reads the
 * operation from the document. Variables set to `undefined` are left out of the JSON.
 *
 * Throws RemoteError: INVALID_CREDENTIALS (401, or 403 with Basic auth),
 * NOTIFICATIONS_UNAVAILABLE_WITH_OAUTH (403 with Bearer auth), RATE_LIMITED (429),
 * SERVER_ERROR (5xx), NETWORK (unreachable host or timeout) and BAD_RESPONSE (redirect, other
 * 4xx, or a body that is not JSON). `details` carries `host`, `status` and, when the server sent
 * one, `retryAfterSeconds`.
 */
export function postGraphql(request: GraphqlRequest): Promise<unknown> {
  return sendAtlassianRequest(new URL(request.credential.graphqlUrl), request, {
    method: 'POST',
    headers: {
      Accept: 'application/json',
      'Content-Type': 'application/json',
      'Cache-Control': 'no-cache',
    },
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
  });
}

/**
 * Sends one request with the credential's Authorization header and a timeout, and returns the
 * parsed JSON body. Throws the RemoteError codes that `postGraphql` lists.
 */
export async function sendAtlassianRequest(
  url: URL,
  request: TransportOptions,
  init: { method: 'GET' | 'POST'; headers: Record<string, string>; body?: string },
): Promise<unknown> {
  const timeoutMs = request.timeoutMs ?? defaultGraphqlTimeoutMs;
  const timeoutSignal = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeoutSignal]) : timeoutSignal;
  const fetchFunction = request.fetch ?? globalThis.fetch;

  let response: Response;
  let text: string;
  try {
    response = await fetchFunction(url, {
      ...init,
      headers: { ...init.headers, Authorization: request.credential.authorization },
      // A redirect would resend the Authorization header to wherever it points.
      redirect: 'manual',
      signal,
    });
    text = await response.text();
  } catch (error) {
    if (request.signal?.aborted) {
      throw request.signal.reason;
    }
    throw transportError(error, url.host, timeoutSignal.aborted ? timeoutMs : null);
  }

  const statusError = errorForStatus(response, text, request.credential.kind, url);
  if (statusError) {
    throw statusError;
  }

  return parseJsonBody(text, response, url.host);
}

/** Maps a failed fetch to NETWORK, naming the host and the timeout or system error code. */
export function transportError(
  error: unknown,
  host: string,
  timedOutAfterMs: number | null,
): RemoteError {
  if (timedOutAfterMs !== null) {
    return new RemoteError(
      ErrorCode.network,
      `The request to ${host} timed out after ${timedOutAfterMs / 1000} s.`,
      {
        hint: 'Check the network connection; Atlassify tries again on the next poll.',
        cause: error,
        details: { host, timeoutMs: timedOutAfterMs },
      },
    );
  }

  const code = networkErrorCode(error);
  const reason = code ? ` (${code})` : '';
  return new RemoteError(ErrorCode.network, `Could not reach ${host}${reason}.`, {
    hint: 'Check the network connection, VPN or proxy; Atlassify tries again on the next poll.',
    cause: error,
    details: { host, ...(code ? { networkError: code } : {}) },
  });
}

/** Reads the system error code (ECONNREFUSED, ENOTFOUND) that undici puts on `cause`. */
function networkErrorCode(error: unknown): string | undefined {
  const cause = error instanceof Error ? error.cause : undefined;
  if (cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string') {
    return cause.code;
  }
  return undefined;
}

/** Parses a response body as JSON, or throws BAD_RESPONSE naming the status and content type. */
export function parseJsonBody(text: string, response: Response, host: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const contentType = response.headers.get('content-type') ?? 'none';
    throw new RemoteError(
      ErrorCode.badResponse,
      `${host} returned a response that is not JSON (HTTP ${response.status}, content type ${contentType}).`,
      {
        hint: 'A proxy or captive portal may be answering instead of Atlassian; try again later.',
        cause: error,
        details: { host, status: response.status },
      },
    );
  }
}
