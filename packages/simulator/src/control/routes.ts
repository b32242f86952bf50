import type { Context, Hono } from 'hono';
import { ConflictError, InvalidInputError, UnknownUserError } from '../errors.ts';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';
import { addNotification } from './add-notification.ts';
import { addUser, type SimulatorControl } from './control.ts';
import { parseInput, switchesSchema } from './inputs.ts';

/**
 * Adds the test endpoints under `/__simulator/`. They expose the control API over HTTP, for tests
 * that run the simulator in another process. They are left out of the request log.
 */
export function registerControlRoutes(
  app: Hono<AppEnv>,
  state: SimulatorState,
  control: SimulatorControl,
): void {
  app.get('/__simulator/requests', (c) => c.json(control.requests()));
  app.delete('/__simulator/requests', (c) => {
    control.clearRequests();
    return c.body(null, 204);
  });

  app.get('/__simulator/notifications', (c) =>
    respond(c, () => c.json(control.notifications(c.req.query('email') ?? ''))),
  );
  app.post('/__simulator/notifications', (c) =>
    withJsonBody(c, (body) =>
      c.json(addNotification(state, c.req.query('email') ?? '', body), 201),
    ),
  );
  app.post('/__simulator/users', (c) =>
    withJsonBody(c, (body) => c.json(addUser(state, body), 201)),
  );
  app.put('/__simulator/switches', (c) =>
    withJsonBody(c, (body) => {
      state.setSwitches(parseInput(switchesSchema, body, 'switch settings'));
      return c.json(state.switches);
    }),
  );

  app.get('/__simulator/refresh-responses/held', (c) =>
    c.json({ held: control.heldRefreshResponses() }),
  );
  app.get('/__simulator/authorization-codes', (c) => c.json(control.authorizationCodes()));
  app.post('/__simulator/captcha', (c) =>
    respond(c, () => {
      control.requireCaptcha(c.req.query('email') ?? '');
      return c.body(null, 204);
    }),
  );
  app.post('/__simulator/api-tokens/expire', (c) =>
    respond(c, () => {
      control.expireApiToken(c.req.query('email') ?? '');
      return c.body(null, 204);
    }),
  );

  app.post('/__simulator/access-tokens/expire', (c) => {
    control.expireAccessTokens();
    return c.body(null, 204);
  });
  app.post('/__simulator/refresh-tokens/revoke', (c) => {
    control.revokeRefreshTokens();
    return c.body(null, 204);
  });
  app.post('/__simulator/reset', (c) => {
    control.reset();
    return c.body(null, 204);
  });
}

async function withJsonBody(
  c: Context<AppEnv>,
  action: (body: unknown) => Response,
): Promise<Response> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return c.json({ error: 'INVALID_INPUT', message: 'The request body is not valid JSON.' }, 400);
  }
  return respond(c, () => action(body));
}

/** Runs a control action and turns its typed errors into 400, 404 and 409 responses. */
function respond(c: Context<AppEnv>, action: () => Response): Response {
  try {
    return action();
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return c.json({ error: error.code, message: error.message }, 400);
    }
    if (error instanceof UnknownUserError) {
      return c.json({ error: error.code, message: error.message }, 404);
    }
    if (error instanceof ConflictError) {
      return c.json({ error: error.code, message: error.message }, 409);
    }
    throw error;
  }
}
