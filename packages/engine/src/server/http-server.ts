import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

import { type ServerType, serve } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';

import type { Engine } from '../engine/engine.ts';
import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import { type AppControls, processControls } from './app-controls.ts';
import {
  createToken,
  type GuardOptions,
  hasSession,
  hostAndOriginGuard,
  launchExchange,
  requireSession,
  sessionCookieName,
} from './guard.ts';
import { apiRoutes } from './routes.ts';

// Atlaskit styles are injected at run time, so styles need 'unsafe-inline'. Avatars come from
// Atlassian's https hosts. Nothing else leaves the loopback origin.
const contentSecurityPolicy = [
  "default-src 'self'",
  "img-src 'self' https: data:",
  "style-src 'self' 'unsafe-inline'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const noSessionPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Atlassify</title></head>
<body><h1>Open Atlassify from its link</h1>
<p>This window has no Atlassify session. Run <code>atlassify start</code> and open the link it prints.</p></body></html>`;

export interface HttpServerOptions {
  engine: Engine;
  logger: Logger;
  /** The built app window (packages/ui/dist). */
  uiDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Starting the demo and quitting; `processControls` of this process by default. */
  controls?: AppControls;
}

export interface RunningHttpServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** The URL that opens the window: it carries the one launch token. */
  launchUrl: string;
  close(): Promise<void>;
}

function createApp(options: HttpServerOptions, guard: GuardOptions): Hono {
  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    c.header('Content-Security-Policy', contentSecurityPolicy);
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
  });
  app.use('*', hostAndOriginGuard(guard));
  app.use('*', launchExchange(guard));
  app.use('/api/*', requireSession(guard));
  app.route(
    '/api',
    apiRoutes(
      options.engine,
      options.logger,
      options.controls ?? processControls({ logger: options.logger }),
    ),
  );

  app.get('/', async (c, next) => {
    if (!hasSession(getCookie(c, sessionCookieName), guard.sessionToken)) {
      return c.html(noSessionPage, 401);
    }
    await next();
  });
  app.use('*', serveStatic({ root: options.uiDir }));

  return app;
}

function listen(app: Hono, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' });
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

/**
 * Serves the app window and its API on 127.0.0.1 only. Requests need the session cookie that
 * the launch URL sets; foreign Host and Origin headers are refused.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  if (!existsSync(options.uiDir)) {
    throw new InputError(
      ErrorCode.invalidInput,
      `The app window is not built: ${options.uiDir} is missing.`,
      {
        hint: 'Run `npm install` (it builds the window) or `npm run build:ui`.',
      },
    );
  }

  let boundPort = options.port;
  const guard: GuardOptions = {
    port: () => boundPort,
    launchToken: createToken(),
    sessionToken: createToken(),
  };
  const app = createApp(options, guard);

  let server: ServerType;
  try {
    server = await listen(app, options.port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(
      ErrorCode.invalidInput,
      code === 'EADDRINUSE'
        ? `Port ${options.port} on 127.0.0.1 is already in use.`
        : `Atlassify could not listen on 127.0.0.1:${options.port}.`,
      {
        hint: 'Pick another port with --port N, or --port 0 for any free port.',
        cause: error,
        details: { port: options.port },
      },
    );
  }

  boundPort = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${boundPort}`;
  options.logger.info({ port: boundPort }, 'HTTP server started');

  return {
    origin,
    port: boundPort,
    launchUrl: `${origin}/?launch=${guard.launchToken}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        if ('closeAllConnections' in server) {
          server.closeAllConnections();
        }
        options.logger.info({ port: boundPort }, 'HTTP server stopped');
      }),
  };
}
