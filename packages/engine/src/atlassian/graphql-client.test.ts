import { afterEach, describe, expect, it } from 'vitest';

import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import {
  type ScriptedReply,
  type ScriptedServer,
  startScriptedServer,
} from './fixtures/scripted-server.ts';
import { postGraphql } from './graphql-client.ts';
import { parseRetryAfter } from './http-status.ts';

let server: ScriptedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(reply: ScriptedReply): Promise<ScriptedServer> {
  server = await startScriptedServer(() => reply);
  return server;
}

function basic(url: string): AtlassianCredential {
  return { kind: 'basic', authorization: 'Basic dXNlcjp0b2tlbg==', graphqlUrl: url };
}

function bearer(url: string): AtlassianCredential {
  return { kind: 'bearer', authorization: 'Bearer access-token', graphqlUrl: url };
}

async function captureError(promise: Promise<unknown>): Promise<RemoteError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RemoteError);
    return error as RemoteError;
  }
  return expect.fail('expected the request to fail');
}

describe('postGraphql', () => {
  it('sends query and variables only', async () => {
    const { url, requests } = await serve({ body: { data: { ok: true } } });

    const json = await postGraphql({
      credential: basic(url),
      query: 'query Me { me { user { accountId } } }',
      variables: { a: 1, b: undefined },
    });

    expect(json).toEqual({ data: { ok: true } });
    expect(requests).toHaveLength(1);
    expect(requests[0]?.method).toBe('POST');
    expect(requests[0]?.body).toEqual({
      query: 'query Me { me { user { accountId } } }',
      variables: { a: 1 },
    });
    expect(requests[0]?.headers.authorization).toBe('Basic dXNlcjp0b2tlbg==');
    expect(requests[0]?.headers.accept).toBe('application/json');
    expect(requests[0]?.headers['content-type']).toBe('application/json');
    expect(requests[0]?.headers['cache-control']).toBe('no-cache');
  });

  it('maps 401 to INVALID_CREDENTIALS', async () => {
    const { url } = await serve({ status: 401, body: { message: 'Unauthorized' } });

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));

    expect(error.code).toBe(ErrorCode.invalidCredentials);
    expect(error.details.status).toBe(401);
    expect(error.details.host).toBe(new URL(url).host);
    expect(error.message).not.toContain('dXNlcjp0b2tlbg');
  });

  it('maps 403 by credential kind', async () => {
    const { url } = await serve({ status: 403, body: {} });

    const basicError = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));
    const bearerError = await captureError(
      postGraphql({ credential: bearer(url), query: '{ a }' }),
    );

    expect(basicError.code).toBe(ErrorCode.invalidCredentials);
    expect(basicError.details.status).toBe(403);
    expect(basicError.hint).toContain('read:jira-work');
    expect(bearerError.code).toBe(ErrorCode.notificationsUnavailableWithOAuth);
    expect(bearerError.hint).toContain('API token');
  });

  it('maps 429 with Retry-After', async () => {
    const { url } = await serve({ status: 429, headers: { 'retry-after': '42' }, body: {} });

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));

    expect(error.code).toBe(ErrorCode.rateLimited);
    expect(error.details.retryAfterSeconds).toBe(42);
  });

  it('maps 503 with Retry-After', async () => {
    const { url } = await serve({ status: 503, headers: { 'retry-after': '7' }, body: 'down' });

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));

    expect(error.code).toBe(ErrorCode.serverError);
    expect(error.details.retryAfterSeconds).toBe(7);
    expect(error.details.status).toBe(503);
  });

  it('maps 500 without Retry-After', async () => {
    const { url } = await serve({ status: 500, body: {} });

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));

    expect(error.code).toBe(ErrorCode.serverError);
    expect(error.details.retryAfterSeconds).toBeUndefined();
  });

  it('quotes GraphQL error on 400', async () => {
    const { url } = await serve({
      status: 400,
      body: { errors: [{ message: 'Cannot query field "x"' }] },
    });

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ x }' }));

    expect(error.code).toBe(ErrorCode.badResponse);
    expect(error.message).toContain('Cannot query field "x"');
  });

  it('rejects a body that is not JSON', async () => {
    const { url } = await serve({ status: 200, body: '<html>Sign in</html>' });

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));

    expect(error.code).toBe(ErrorCode.badResponse);
    expect(error.message).toContain('not JSON');
    expect(error.message).toContain('text/html');
  });

  it('does not follow redirects', async () => {
    const { url, requests } = await serve({
      status: 302,
      headers: { location: 'http://127.0.0.1:9/steal' },
    });

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));

    expect(error.code).toBe(ErrorCode.badResponse);
    expect(error.details.status).toBe(302);
    expect(requests).toHaveLength(1);
  });

  it('times out a hung request', async () => {
    const { url } = await serve({ hang: true });

    const error = await captureError(
      postGraphql({ credential: basic(url), query: '{ a }', timeoutMs: 200 }),
    );

    expect(error.code).toBe(ErrorCode.network);
    expect(error.message).toContain(new URL(url).host);
    expect(error.message).toContain('timed out');
  });

  it('names the host when unreachable', async () => {
    const { url } = await serve({ body: {} });
    await server?.close();
    server = undefined;

    const error = await captureError(postGraphql({ credential: basic(url), query: '{ a }' }));

    expect(error.code).toBe(ErrorCode.network);
    expect(error.message).toContain(new URL(url).host);
    expect(error.details.networkError).toBe('ECONNREFUSED');
  });

  it('rethrows the caller abort reason', async () => {
    const { url } = await serve({ hang: true });
    const controller = new AbortController();
    const reason = new DOMException('stopped', 'AbortError');

    const pending = postGraphql({
      credential: basic(url),
      query: '{ a }',
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(reason), 20);

    await expect(pending).rejects.toBe(reason);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');

  it('reads delta seconds', () => {
    expect(parseRetryAfter('120', now)).toBe(120);
  });

  it('reads an HTTP date', () => {
    expect(parseRetryAfter('Mon, 02 Mar 2026 10:00:30 GMT', now)).toBe(30);
  });

  it('clamps past dates to zero', () => {
    expect(parseRetryAfter('Mon, 02 Mar 2026 09:00:00 GMT', now)).toBe(0);
  });

  it('ignores malformed values', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter('-5', now)).toBeUndefined();
  });
});
