import { join } from 'node:path';
import { expect } from 'vitest';
import { spawnAndWaitForLine } from './harness/processes.ts';
import { repositoryRoot, startTimeoutMs } from './ui-support.ts';

const simulatorBin = join(repositoryRoot, 'packages/simulator/bin/atlassify-simulator.js');

/** The simulator's cloud id of orbit.atlassian.net, for faults that name a site. */
export const orbitCloudId = 'a93e5d27-6b1f-4e08-8c4a-7d2e9f0b3c81';

/** A simulated Atlassian Cloud in a process of its own, with its control endpoints. */
export interface SimulatorProcess {
  url: string;
  /** Sends a JSON request to the simulator, such as `POST /__simulator/reset`. */
  call(method: string, path: string, body?: unknown): Promise<Response>;
  /** Replaces every fault through `PUT /__simulator/faults`. An empty object clears them. */
  setFaults(faults: Record<string, unknown>): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `atlassify-simulator` on a free port with `args` added to its flags. */
export async function startSimulatorProcess(args: string[] = []): Promise<SimulatorProcess> {
  const simulator = await spawnAndWaitForLine(
    process.execPath,
    [simulatorBin, '--port', '0', '--quiet', ...args],
    { pattern: /running at (http:\/\/\S+)/, timeoutMs: startTimeoutMs },
  );
  const url = simulator.match[1] as string;

  const call = (method: string, path: string, body?: unknown) =>
    fetch(`${url}${path}`, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
    });

  return {
    url,
    call,
    setFaults: async (faults) => {
      const response = await call('PUT', '/__simulator/faults', faults);
      expect(response.status, await response.clone().text()).toBe(200);
    },
    stop: () => simulator.stop(),
  };
}
