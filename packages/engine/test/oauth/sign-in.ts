import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { AccountRecord } from '../../src/accounts/index.ts';
import type { OAuthContext } from '../../src/oauth/index.ts';
import { startOAuthSignIn } from '../../src/oauth/index.ts';

/** Returns `http://localhost:PORT/callback` on a port that was free a moment ago. */
export async function freeCallbackUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://localhost:${port}/callback`;
}

/**
 * Plays the browser against a simulator with `autoConsent`: loads the authorize URL and follows
 * its redirect to the callback listener. Returns the callback page.
 */
export async function followConsent(authorizeUrl: string): Promise<string> {
  const consent = await fetch(authorizeUrl, { redirect: 'manual' });
  const callback = await fetch(consent.headers.get('location') ?? '');
  return callback.text();
}

/** Runs a whole OAuth sign-in through the engine against a simulator with `autoConsent`. */
export async function signInWithOAuth(
  context: OAuthContext,
  callbackUrl: string,
): Promise<AccountRecord> {
  const signIn = await startOAuthSignIn(
    {
      callbackUrl,
      openBrowser: async (url) => {
        await followConsent(url);
      },
    },
    context,
  );
  return signIn.result;
}
