import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import type { Hono } from 'hono';
import { createControl, type SimulatorControl } from '../control/control.ts';
import { PortInUseError } from '../errors.ts';
import { createApp } from './app.ts';
import type { AppEnv } from './app-env.ts';
import { type ResolvedSimulatorOptions, resolveOptions, type SimulatorOptions } from './options.ts';
import { SimulatorState } from './state.ts';

/** A simulator that is listening. */
export interface RunningSimulator {
  /** Base URL with no trailing slash, such as `http://127.0.0.1:4010`. */
  url: string;
  port: number;
  /** The options in effect, with `port` set to the bound port. */
  options: ResolvedSimulatorOptions;
  control: SimulatorControl;
  /** Stops listening and drops open connections. Calling it again does nothing. */
  close(): Promise<void>;
}

/**
 * Starts a simulated Atlassian Cloud on one local port. Rejects with `InvalidOptionError` for a
 * bad option and `PortInUseError` when the port is taken.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const resolved = resolveOptions(options);
  const state = new SimulatorState(resolved, options.now ?? (() => new Date()), options.onRequest);
  const control = createControl(state);
  const server = await listen(createApp(state, control), resolved.host, resolved.port);

  const port = (server.address() as AddressInfo).port;
  const host = resolved.host.includes(':') ? `[${resolved.host}]` : resolved.host;
  let closing: Promise<void> | undefined;

  return {
    url: `http://${host}:${port}`,
    port,
    options: { ...resolved, port },
    control,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(app: Hono<AppEnv>, host: string, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port, error) : error);
    };
    const server = serve({ fetch: app.fetch, hostname: host, port }, () => {
      server.off('error', onError);
      resolve(server as Server);
    });
    server.once('error', onError);
  });
}
