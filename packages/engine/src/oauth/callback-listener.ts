import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

import { AtlassifyError, ErrorCode, InputError } from '../errors/atlassify-error.ts';
import {
  type CallbackPage,
  ignoredCallbackPage,
  methodNotAllowedPage,
  notFoundPage,
  renderCallbackPage,
} from './callback-pages.ts';

/** Host names a loopback callback URL may use. `[::1]` is how URL.hostname spells the IPv6 loopback. */
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The browser resolves `localhost` to either family, so the listener takes both loopback addresses. */
const bindAddresses = ['127.0.0.1', '::1'];

/** Codes meaning "this host has no IPv6 loopback", which only the ::1 bind may tolerate. */
const missingAddressCodes = new Set(['EADDRNOTAVAIL', 'EAFNOSUPPORT']);

export interface CallbackListener {
  close(): Promise<void>;
}

/** Handles a GET of the callback path and returns the page to send. It may wait, for example until the token exchange ends. */
export type CallbackHandler = (url: URL) => Promise<CallbackPage>;

/** Parses a callback URL and throws INVALID_INPUT unless it is a plain-http loopback URL. */
export function parseCallbackUrl(callbackUrl: string): URL {
  let url: URL;
  try {
    url = new URL(callbackUrl);
  } catch {
    throw invalidCallbackUrl(callbackUrl, 'it is not a URL');
  }
  if (url.protocol !== 'http:' || !loopbackHosts.has(url.hostname)) {
    throw invalidCallbackUrl(
      callbackUrl,
      'it must start with http://localhost, http://127.0.0.1 or http://[::1]',
    );
  }
  if (url.search !== '' || url.hash !== '') {
    throw invalidCallbackUrl(callbackUrl, 'it must not contain a query or fragment');
  }
  return url;
}

/**
 * Starts the loopback listener on the callback URL's port, on 127.0.0.1 and ::1 only. It serves
 * only GET of the callback path, and everything else gets a 404 or 405 page. A busy port fails with
 * CALLBACK_PORT_BUSY. No other port is tried, because Atlassian accepts only the registered
 * redirect URI.
 */
export async function startCallbackListener(
  callbackUrl: URL,
  handle: CallbackHandler,
): Promise<CallbackListener> {
  const port = Number(callbackUrl.port || 80);
  const servers: Server[] = [];
  const onRequest = (request: IncomingMessage, response: ServerResponse) => {
    void respond(request, response, callbackUrl, handle);
  };

  try {
    for (const address of bindAddresses) {
      const server = createServer(onRequest);
      const bound = await listen(server, port, address);
      if (bound) {
        servers.push(server);
      }
    }
  } catch (error) {
    await closeAll(servers);
    throw listenError(error, callbackUrl, port);
  }

  return { close: () => closeAll(servers) };
}

/** Resolves false when the address does not exist on this host (no IPv6), true when listening. */
function listen(server: Server, port: number, address: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (address === '::1' && missingAddressCodes.has(error.code ?? '')) {
        resolve(false);
      } else {
        reject(error);
      }
    });
    server.listen({ port, host: address, ipv6Only: address === '::1' }, () => resolve(true));
  });
}

async function respond(
  request: IncomingMessage,
  response: ServerResponse,
  callbackUrl: URL,
  handle: CallbackHandler,
): Promise<void> {
  const page = await choosePage(request, callbackUrl, handle).catch(() =>
    ignoredCallbackPage('The request failed.'),
  );
  if (response.destroyed) {
    return;
  }
  response.writeHead(page.status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    // The callback URL carries the authorization code; keep it out of Referer headers.
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    'x-content-type-options': 'nosniff',
    connection: 'close',
  });
  response.end(request.method === 'HEAD' ? undefined : renderCallbackPage(page));
}

async function choosePage(
  request: IncomingMessage,
  callbackUrl: URL,
  handle: CallbackHandler,
): Promise<CallbackPage> {
  const url = new URL(request.url ?? '/', callbackUrl.origin);
  if (url.pathname !== callbackUrl.pathname) {
    return notFoundPage;
  }
  if (request.method !== 'GET') {
    return methodNotAllowedPage;
  }
  // A page on another origin that resolves its name to 127.0.0.1 (DNS rebinding) sends its own Host.
  const host = request.headers.host ?? '';
  if (!loopbackHosts.has(new URL(`http://${host}`).hostname)) {
    return ignoredCallbackPage('The request came through an unexpected host name.');
  }
  return handle(url);
}

/**
 * Stops accepting connections and waits for responses in progress, such as the success page of the
 * request that finished the sign-in. Connections still open after 2 s are cut.
 */
async function closeAll(servers: Server[]): Promise<void> {
  await Promise.all(
    servers.map(
      (server) =>
        new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
          setTimeout(() => server.closeAllConnections(), 2000).unref();
        }),
    ),
  );
}

function listenError(error: unknown, callbackUrl: URL, port: number): AtlassifyError {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new AtlassifyError(
      ErrorCode.callbackPortBusy,
      `Port ${port} is in use, so the sign-in callback ${callbackUrl.href} cannot be received.`,
      {
        hint:
          `Stop the program that uses port ${port}, or register another callback URL (such as ` +
          'http://localhost:3100/callback) in the Atlassian developer console and set ATLASSIFY_OAUTH_CALLBACK_URL to it. ' +
          'Signing in with an API token also works.',
        cause: error,
        details: { port, callbackUrl: callbackUrl.href },
      },
    );
  }
  return new AtlassifyError(
    ErrorCode.oauthFailed,
    `Could not listen on port ${port} for the sign-in callback ${callbackUrl.href}: ${code ?? String(error)}.`,
    {
      hint: 'Ports below 1024 need administrator rights; register a callback URL with a higher port, such as 3000.',
      cause: error,
      details: { port, callbackUrl: callbackUrl.href },
    },
  );
}

function invalidCallbackUrl(callbackUrl: string, reason: string): InputError {
  return new InputError(
    ErrorCode.invalidInput,
    `The OAuth callback URL "${callbackUrl}" is invalid: ${reason}.`,
    {
      hint: `Use the callback URL registered in the Atlassian developer console, such as http://localhost:3000/callback.`,
      details: { field: 'callbackUrl' },
    },
  );
}
