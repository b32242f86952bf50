import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';
import type { FaultState } from './fault-state.ts';
import {
  type FeedResponse,
  isFeedResponse,
  withMalformedNodes,
  withoutData,
  withSiteError,
} from './feed-faults.ts';

const statusMessages: Record<number, string> = {
  429: 'Rate limit exceeded; retry later.',
  503: 'Service unavailable; retry later.',
};

/**
 * Applies the faults that still send a response: `httpError` replaces the response, and the feed faults
 * change a feed page after the GraphQL route has built it. Registered after the request log, so
 * the log shows the status the client got.
 */
export function responseFaults(state: SimulatorState): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (path.startsWith('/__simulator/')) {
      return next();
    }

    const httpError = state.faults.take('httpError', path);
    if (httpError) {
      const headers = new Headers({ 'Content-Type': 'application/json' });
      if (httpError.retryAfter !== undefined) {
        headers.set('Retry-After', httpError.retryAfter);
      }
      const message =
        statusMessages[httpError.status] ?? 'The simulator failed this request on purpose.';
      return new Response(JSON.stringify({ code: httpError.status, message }), {
        status: httpError.status,
        headers,
      });
    }

    await next();
    if (!hasFeedFault(state.faults) || c.res.status !== 200) {
      return;
    }
    const body: unknown = await c.res.clone().json();
    if (!isFeedResponse(body)) {
      return;
    }
    c.res = new Response(JSON.stringify(applyFeedFaults(state.faults, path, body)), {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
  };
}

function hasFeedFault(faults: FaultState): boolean {
  const active = faults.view();
  return Boolean(active.errorsWithoutData ?? active.partialErrors ?? active.malformedItems);
}

function applyFeedFaults(
  faults: FaultState,
  path: string,
  body: FeedResponse,
): Record<string, unknown> {
  const withoutDataFault = faults.take('errorsWithoutData', path);
  if (withoutDataFault) {
    return withoutData(body, withoutDataFault);
  }

  let changed = body;
  const partial = faults.take('partialErrors', path);
  if (partial) {
    changed = withSiteError(changed, partial);
  }
  const malformed = faults.take('malformedItems', path);
  if (malformed) {
    changed = withMalformedNodes(changed, malformed.count);
  }
  return changed;
}
