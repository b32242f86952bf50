import type { IncomingMessage } from 'node:http';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';

/**
 * Sends no response to requests that a `refuseConnections` or `hangResponses` fault takes: a
 * refused request's socket is closed at once, a hung one's when the hang ends. Registered before
 * the request log, so these requests are not in it, as they would never reach Atlassian.
 */
export function connectionFaults(state: SimulatorState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/__simulator/')) {
      return next();
    }

    if (state.faults.take('refuseConnections', path)) {
      return dropConnection(c);
    }
    const hang = state.faults.take('hangResponses', path);
    if (hang) {
      await hangUntilDropped(state, incomingOf(c), hang.maxSeconds * 1000);
      return dropConnection(c);
    }
    return next();
  };
}

/** Returns the Node request under `@hono/node-server`, or undefined under `app.request`. */
function incomingOf(c: Context<AppEnv>): IncomingMessage | undefined {
  const bindings = c.env as { incoming?: IncomingMessage } | undefined;
  return bindings?.incoming;
}

function dropConnection(c: Context<AppEnv>): Response {
  incomingOf(c)?.socket.destroy();
  // Nothing reaches the client; the server adapter needs a response all the same.
  return new Response(null, { status: 503 });
}

/** Waits until the client closes the connection, the faults change or `maxMs` passes. */
function hangUntilDropped(
  state: SimulatorState,
  incoming: IncomingMessage | undefined,
  maxMs: number,
): Promise<void> {
  return new Promise((resolve) => {
    const end = () => {
      clearTimeout(timer);
      release();
      incoming?.socket.off('close', end);
      resolve();
    };
    const timer = setTimeout(end, maxMs);
    const release = state.faults.holdRequest(end);
    incoming?.socket.once('close', end);
  });
}
