import { randomBytes, timingSafeEqual } from 'node:crypto';

import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const sessionCookieName = 'atlassify_session';

/** Creates an unguessable token (256 bits, base64url). */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

function sameToken(expected: string, actual: string | undefined): boolean {
  if (actual === undefined) {
    return false;
  }
  const expectedBytes = Buffer.from(expected);
  const actualBytes = Buffer.from(actual);

  return expectedBytes.length === actualBytes.length && timingSafeEqual(expectedBytes, actualBytes);
}

export interface GuardOptions {
  /** The port the server listens on, read at request time because port 0 resolves late. */
  port: () => number;
  launchToken: string;
  sessionToken: string;
}

function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

/**
 * Refuses requests whose Host is not this loopback server (DNS rebinding) and whose Origin is
 * another site (CSRF). Runs before every route.
 */
export function hostAndOriginGuard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const hosts = allowedHosts(options.port());
    const host = c.req.header('host') ?? '';
    if (!hosts.has(host)) {
      return c.text('Atlassify only answers on its loopback address.', 421);
    }

    const origin = c.req.header('origin');
    if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
      return c.text('Cross-origin requests are refused.', 403);
    }

    const fetchSite = c.req.header('sec-fetch-site');
    if (fetchSite === 'cross-site') {
      return c.text('Cross-site requests are refused.', 403);
    }

    await next();
  };
}

/**
 * Exchanges `?launch=TOKEN` for the HttpOnly session cookie, then redirects to the same path
 * without the token so it does not stay in the address bar or history.
 */
export function launchExchange(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const launch = c.req.query('launch');
    if (launch === undefined) {
      await next();
      return;
    }

    if (!sameToken(options.launchToken, launch)) {
      return c.text(
        'This Atlassify link is not valid any more. Run `atlassify start` to get a new one.',
        403,
      );
    }

    setCookie(c, sessionCookieName, options.sessionToken, {
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
    });
    return c.redirect(c.req.path, 303);
  };
}

/** True when the request carries this engine's session cookie. */
export function hasSession(cookieValue: string | undefined, sessionToken: string): boolean {
  return sameToken(sessionToken, cookieValue);
}

/** Refuses API requests without the session cookie. */
export function requireSession(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    if (!hasSession(getCookie(c, sessionCookieName), options.sessionToken)) {
      return c.json(
        {
          code: 'SESSION_REQUIRED',
          message: 'This request has no Atlassify session.',
          hint: 'Open Atlassify with the link that `atlassify start` prints.',
        },
        401,
      );
    }
    await next();
  };
}
