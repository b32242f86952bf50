import type { z } from 'zod';

import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';

/** Maximum time in ms that one sign-in request to Atlassian may take. */
export const defaultRequestTimeoutMs = 30_000;

export interface RequestOptions {
  timeoutMs?: number;
  /** Aborts the request, for example when the user cancels a sign-in. */
  signal?: AbortSignal;
}

/**
 * Sends a request with a timeout. A network failure or timeout becomes NETWORK naming the host;
 * an abort through `options.signal` rethrows the signal's reason unchanged.
 */
export async function sendRequest(
  url: string,
  init: RequestInit,
  options: RequestOptions = {},
): Promise<Response> {
  const timeoutMs = options.timeoutMs ?? defaultRequestTimeoutMs;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([timeout, options.signal]) : timeout;

  try {
    return await fetch(url, { ...init, signal, redirect: 'manual' });
  } catch (error) {
    if (options.signal?.aborted) {
      throw options.signal.reason;
    }
    throw networkError(url, error, timeout.aborted ? timeoutMs : null);
  }
}

/** Builds the NETWORK error for a request to `url` that got no HTTP response. */
export function networkError(
  url: string,
  error: unknown,
  timedOutAfterMs: number | null,
): RemoteError {
  const host = new URL(url).host;
  const reason =
    timedOutAfterMs === null
      ? `the connection failed (${networkCause(error)})`
      : `no response within ${timedOutAfterMs / 1000} s`;

  return new RemoteError(ErrorCode.network, `Could not reach ${host}: ${reason}.`, {
    hint: 'Check the network connection, proxy or VPN, then try again.',
    cause: error,
    details: { host },
  });
}

/**
 * Builds the error for an HTTP status the caller has no special meaning for: RATE_LIMITED for 429,
 * SERVER_ERROR for 5xx, BAD_RESPONSE otherwise.
 */
export function statusError(response: Response, action: string): RemoteError {
  const host = new URL(response.url).host;
  const details = { host, status: response.status };

  if (response.status === 429) {
    const retryAfter = response.headers.get('retry-after') ?? undefined;
    return new RemoteError(
      ErrorCode.rateLimited,
      `${host} rate-limited the request to ${action} (HTTP 429).`,
      {
        hint: retryAfter ? `Try again in ${retryAfter} seconds.` : 'Wait a minute, then try again.',
        details: { ...details, retryAfter },
      },
    );
  }
  if (response.status >= 500) {
    return new RemoteError(
      ErrorCode.serverError,
      `${host} failed to ${action} (HTTP ${response.status}).`,
      {
        hint: 'Atlassian may have a temporary problem; try again in a few minutes.',
        details,
      },
    );
  }
  return new RemoteError(
    ErrorCode.badResponse,
    `${host} rejected the request to ${action} (HTTP ${response.status}).`,
    {
      hint: 'Try again; if it keeps failing, report it with this message.',
      details,
    },
  );
}

/** Parses a JSON body with `schema`; a body that is not JSON or has another shape is BAD_RESPONSE. */
export async function readJsonBody<Schema extends z.ZodType>(
  response: Response,
  schema: Schema,
  action: string,
): Promise<z.output<Schema>> {
  const host = new URL(response.url).host;
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    throw new RemoteError(
      ErrorCode.badResponse,
      `${host} sent a response that is not JSON to ${action}.`,
      {
        hint: 'Try again; if it keeps failing, report it with this message.',
        cause: error,
        details: { host, status: response.status },
      },
    );
  }

  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)').slice(0, 5);
    throw new RemoteError(
      ErrorCode.badResponse,
      `${host} sent an unexpected response to ${action} (at ${fields.join(', ')}).`,
      {
        hint: 'Try again; if it keeps failing, report it with this message.',
        details: { host, status: response.status },
      },
    );
  }
  return parsed.data;
}

function networkCause(error: unknown): string {
  const cause = error instanceof Error ? error.cause : undefined;
  if (
    typeof cause === 'object' &&
    cause !== null &&
    'code' in cause &&
    typeof cause.code === 'string'
  ) {
    return cause.code;
  }
  return error instanceof Error ? error.message : String(error);
}
