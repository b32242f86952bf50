import { afterEach, describe, expect, it, vi } from 'vitest';

import { json, noContent, stubFetch } from '../../test/stub-fetch.ts';
import { ApiRequestError, api, readApiError, toApiError } from './client.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('readApiError', () => {
  it('returns the engine error body', async () => {
    const body = {
      code: 'INVALID_INPUT',
      message: 'Invalid email.',
      hint: 'Check it.',
      field: 'email',
    };
    expect(await readApiError(json(400, body))).toEqual(body);
  });

  it('wraps a plain-text body', async () => {
    const response = new Response('Cross-origin requests are refused.', { status: 403 });
    expect(await readApiError(response)).toEqual({
      code: 'HTTP_403',
      message: 'Cross-origin requests are refused.',
    });
  });

  it('describes an empty body', async () => {
    const error = await readApiError(new Response('', { status: 502 }));
    expect(error.code).toBe('HTTP_502');
    expect(error.message).toContain('502');
  });

  it('rejects JSON that is not an ApiError', async () => {
    const error = await readApiError(json(500, { error: 'boom' }));
    expect(error.code).toBe('HTTP_500');
  });
});

describe('toApiError', () => {
  it('describes a failed fetch', () => {
    const error = toApiError(new TypeError('Failed to fetch'));
    expect(error.code).toBe('NETWORK');
    expect(error.hint).toBeDefined();
  });
});

describe('api', () => {
  it('sends JSON with the session cookie', async () => {
    const requests = stubFetch(() => noContent());
    await api.markRead(['n-1']);

    expect(requests).toEqual([
      {
        method: 'POST',
        path: '/api/notifications/read',
        body: { ids: ['n-1'] },
        credentials: 'same-origin',
      },
    ]);
  });

  it('encodes ids in paths', async () => {
    const requests = stubFetch(() => noContent());
    await api.signOut('712020:abc/def');
    expect(requests[0]?.path).toBe('/api/accounts/712020%3Aabc%2Fdef');
  });

  it('reads a 202 body', async () => {
    const view = {
      status: 'waiting-for-browser',
      authorizeUrl: 'https://example.test',
      accountId: null,
      error: null,
    };
    stubFetch(() => json(202, view));
    expect(await api.startOAuthSignIn()).toEqual(view);
  });

  it('throws ApiRequestError on failure', async () => {
    stubFetch(() => json(422, { code: 'INVALID_CREDENTIALS', message: 'Rejected.' }));
    const failure = api.signInWithApiToken({ email: 'a@b.c', token: 't' });

    await expect(failure).rejects.toBeInstanceOf(ApiRequestError);
    await expect(failure).rejects.toMatchObject({
      status: 422,
      error: { code: 'INVALID_CREDENTIALS' },
    });
  });
});
