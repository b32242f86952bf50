import type { Hono } from 'hono';
import { type AuthPolicy, authenticate } from '../auth/authenticate.ts';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';
import { describeOperation, parseGraphQLRequest, runGraphQL } from './execute.ts';

// The site gateway accepts API tokens and anonymous requests. OAuth access tokens belong on
// api.atlassian.com/graphql, which also accepts API tokens and rejects anonymous requests.
const GATEWAY_POLICY: AuthPolicy = { basic: true, bearer: false, anonymous: true };
const API_POLICY: AuthPolicy = { basic: true, bearer: true, anonymous: false };

/** Adds `POST /gateway/api/graphql` and `POST /graphql`. */
export function registerGraphQLRoutes(app: Hono<AppEnv>, state: SimulatorState): void {
  for (const [path, policy] of [
    ['/gateway/api/graphql', GATEWAY_POLICY],
    ['/graphql', API_POLICY],
  ] as const) {
    app.post(path, async (c) => {
      const parsed = parseGraphQLRequest(await c.req.text());
      if (parsed.ok && parsed.document) {
        const operation = describeOperation(parsed.document, parsed.request.operationName);
        c.set('operationName', operation.operationName);
        c.set('operationType', operation.operationType);
      }

      const outcome = authenticate(state, c, policy);
      if (!outcome.ok) {
        return outcome.response;
      }
      if (!parsed.ok) {
        return c.json({ errors: [{ message: parsed.message }] }, 400);
      }
      const result = await runGraphQL(parsed, { state, caller: outcome.caller });
      return c.json(result, 200);
    });
  }
}
