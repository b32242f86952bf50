import type { Hono } from 'hono';
import { parseInput } from '../control/inputs.ts';
import { InvalidInputError } from '../errors.ts';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';
import { faultSettingsSchema } from './fault-settings.ts';

/**
 * Adds `GET`, `PUT` and `DELETE /__simulator/faults`: read the faults in force with the requests
 * each has left, replace them all, or switch them all off.
 */
export function registerFaultRoutes(app: Hono<AppEnv>, state: SimulatorState): void {
  app.get('/__simulator/faults', (c) => c.json(state.faults.view()));

  app.put('/__simulator/faults', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json(
        { error: 'INVALID_INPUT', message: 'The request body is not valid JSON.' },
        400,
      );
    }
    try {
      state.faults.set(parseInput(faultSettingsSchema, body, 'fault settings'));
    } catch (error) {
      if (error instanceof InvalidInputError) {
        return c.json({ error: error.code, message: error.message }, 400);
      }
      throw error;
    }
    return c.json(state.faults.view());
  });

  app.delete('/__simulator/faults', (c) => {
    state.faults.clear();
    return c.body(null, 204);
  });
}
