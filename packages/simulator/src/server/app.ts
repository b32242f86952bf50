import { Hono } from 'hono';
import type { SimulatorControl } from '../control/control.ts';
import { registerControlRoutes } from '../control/routes.ts';
import { connectionFaults } from '../faults/connection-faults.ts';
import { responseFaults } from '../faults/response-faults.ts';
import { registerFaultRoutes } from '../faults/routes.ts';
import { registerGraphQLRoutes } from '../graphql/routes.ts';
import { registerIdentityRoutes } from '../identity/routes.ts';
import { registerJiraProjectRoute } from '../jira/project-routes.ts';
import { registerAuthorizeRoutes } from '../oauth/authorize-routes.ts';
import { registerTokenRoute } from '../oauth/token-routes.ts';
import type { AppEnv } from './app-env.ts';
import type { AuthKind } from './request-log.ts';
import type { SimulatorState } from './state.ts';

/** Builds the HTTP application that serves every simulated Atlassian host under one base URL. */
export function createApp(state: SimulatorState, control: SimulatorControl): Hono<AppEnv> {
  const app = new Hono<AppEnv>();

  // Refused and hung requests come before the request log, so they are not in it.
  app.use('*', connectionFaults(state));
  app.use('*', async (c, next) => {
    c.set('authKind', authKindOf(c.req.header('authorization')));
    c.set('operationName', null);
    c.set('operationType', null);
    await next();

    if (!c.req.path.startsWith('/__simulator/')) {
      state.requestLog.record({
        at: state.now().toISOString(),
        method: c.req.method,
        path: c.req.path,
        operationName: c.get('operationName'),
        operationType: c.get('operationType'),
        authKind: c.get('authKind'),
        status: c.res.status,
      });
    }
  });

  app.use('*', responseFaults(state));

  registerAuthorizeRoutes(app, state);
  registerTokenRoute(app, state);
  registerIdentityRoutes(app, state);
  registerGraphQLRoutes(app, state);
  registerJiraProjectRoute(app, state);
  registerControlRoutes(app, state, control);
  registerFaultRoutes(app, state);

  app.notFound((c) =>
    c.json(
      { code: 404, message: `The simulator has no endpoint for ${c.req.method} ${c.req.path}.` },
      404,
    ),
  );
  app.onError((error, c) => {
    // A bug in the simulator: report it where the person running it will look.
    console.error(`Atlassian Cloud simulator: ${c.req.method} ${c.req.path} failed:`, error);
    return c.json({ code: 500, message: 'The simulator failed; its output has the details.' }, 500);
  });
  return app;
}

function authKindOf(authorization: string | undefined): AuthKind {
  const scheme = authorization?.trim().split(/\s+/, 1)[0]?.toLowerCase();
  if (scheme === 'basic') {
    return 'basic';
  }
  return scheme === 'bearer' ? 'bearer' : 'none';
}
