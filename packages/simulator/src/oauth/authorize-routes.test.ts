import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizeUrl, createPkcePair, decide, pendingIdOf } from '../../test/oauth.ts';
import { startTestSimulator } from '../../test/simulator.ts';
import type { RunningSimulator } from '../index.ts';

describe('authorize endpoint', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  afterAll(() => simulator.close());

  it('shows consent page with user', async () => {
    const response = await fetch(authorizeUrl(simulator));
    const html = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(html).toContain('Dana Demo');
    expect(html).toContain(simulator.options.userEmail);
    expect(html).toContain('Atlassify (demo)');
    expect(html).toContain('read:jira-work');
    expect(html).toMatch(/<button[^>]*value="allow">Allow<\/button>/);
    expect(html).toMatch(/<button[^>]*value="deny">Deny<\/button>/);
    expect(html).not.toContain(simulator.options.clientSecret);
    expect(html).not.toContain('state-123');
  });

  it('allow redirects with code', async () => {
    const page = await fetch(authorizeUrl(simulator, { state: 'abc&x=<y>' }));
    const response = await decide(simulator, pendingIdOf(await page.text()), 'allow');
    const location = new URL(response.headers.get('location') ?? '');

    expect(response.status).toBe(302);
    expect(`${location.origin}${location.pathname}`).toBe(simulator.options.callbackUrl);
    expect(location.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(location.searchParams.get('state')).toBe('abc&x=<y>');
  });

  it('deny redirects with access_denied', async () => {
    const page = await fetch(authorizeUrl(simulator));
    const response = await decide(simulator, pendingIdOf(await page.text()), 'deny');
    const location = new URL(response.headers.get('location') ?? '');

    expect(response.status).toBe(302);
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('error_description')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('state-123');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('pending request answers only once', async () => {
    const page = await fetch(authorizeUrl(simulator));
    const pendingId = pendingIdOf(await page.text());
    await decide(simulator, pendingId, 'allow');

    const again = await decide(simulator, pendingId, 'allow');

    expect(again.status).toBe(400);
    expect(again.headers.get('location')).toBeNull();
  });

  it('unknown client gets error page', async () => {
    const response = await fetch(authorizeUrl(simulator, { client_id: 'someone-else' }), {
      redirect: 'manual',
    });
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(html).toContain('Unknown app');
    expect(html).toContain('someone-else');
  });

  it('redirect uri must match exactly', async () => {
    const variants = [
      'http://localhost:3000/callback/',
      'http://localhost:3001/callback',
      'http://127.0.0.1:3000/callback',
      'http://localhost:3000/callback?x=1',
      'https://localhost:3000/callback',
    ];
    for (const redirectUri of variants) {
      const response = await fetch(authorizeUrl(simulator, { redirect_uri: redirectUri }), {
        redirect: 'manual',
      });
      const html = await response.text();

      expect(response.status, redirectUri).toBe(400);
      expect(response.headers.get('location'), redirectUri).toBeNull();
      expect(html, redirectUri).toContain('The app&#39;s callback URL is invalid');
    }
  });

  it('invalid parameters get error page', async () => {
    const cases: Array<[Record<string, string | null>, string]> = [
      [{ response_type: 'token' }, 'response_type'],
      [{ audience: null }, 'audience'],
      [{ state: null }, 'state'],
      [{ scope: '' }, 'scope'],
      [{ scope: 'read:me manage:jira-configuration' }, 'manage:jira-configuration'],
      [{ prompt: 'none' }, 'prompt'],
      [{ code_challenge: createPkcePair().challenge, code_challenge_method: 'plain' }, 'S256'],
      [{ code_challenge: 'too-short', code_challenge_method: 'S256' }, 'code_challenge'],
      [{ client_id: null }, 'client_id'],
    ];
    for (const [overrides, expectedText] of cases) {
      const response = await fetch(authorizeUrl(simulator, overrides), { redirect: 'manual' });
      const html = await response.text();

      expect(response.status, expectedText).toBe(400);
      expect(response.headers.get('location'), expectedText).toBeNull();
      expect(html, expectedText).toContain(expectedText);
    }
  });

  it('repeated parameter gets error page', async () => {
    const url = `${authorizeUrl(simulator)}&state=second`;

    const response = await fetch(url, { redirect: 'manual' });

    expect(response.status).toBe(400);
    expect(await response.text()).toContain('state appears more than once');
  });

  it('consent page escapes echoed values', async () => {
    const response = await fetch(
      authorizeUrl(simulator, { client_id: '<script>alert(1)</script>' }),
    );
    const html = await response.text();

    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('pages forbid scripts and framing', async () => {
    const response = await fetch(authorizeUrl(simulator));

    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});

describe('authorize with auto consent', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator({ autoConsent: true });
  });
  afterAll(() => simulator.close());

  it('redirects at once with code', async () => {
    const response = await fetch(authorizeUrl(simulator), { redirect: 'manual' });
    const location = new URL(response.headers.get('location') ?? '');

    expect(response.status).toBe(302);
    expect(location.searchParams.get('code')).toBeTruthy();
    expect(location.searchParams.get('state')).toBe('state-123');
  });

  it('still rejects wrong redirect uri', async () => {
    const response = await fetch(authorizeUrl(simulator, { redirect_uri: 'http://evil.test/cb' }), {
      redirect: 'manual',
    });

    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
  });
});
