import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../src/index.ts';
import { jsonOf } from './json.ts';

/** A clock that tests move by hand. */
export class ManualClock {
  private current: Date;

  constructor(start = '2026-03-02T09:00:00.000Z') {
    this.current = new Date(start);
  }

  now = (): Date => new Date(this.current);

  advanceMinutes(minutes: number): void {
    this.current = new Date(this.current.getTime() + minutes * 60_000);
  }
}

export function startTestSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ port: 0, ...options });
}

export function basicAuth(email: string, token: string): string {
  return `Basic ${Buffer.from(`${email}:${token}`, 'utf8').toString('base64')}`;
}

/** Builds the Basic header of the simulator's demo account. */
export function demoBasicAuth(simulator: RunningSimulator): string {
  return basicAuth(simulator.options.userEmail, simulator.options.apiToken);
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
  };
}

/** Posts a GraphQL request the way Atlassify does: no operationName, JSON body. */
export async function postGraphQL<T = Record<string, unknown>>(
  simulator: RunningSimulator,
  request: {
    query: string;
    variables?: Record<string, unknown>;
    authorization?: string;
    path?: '/gateway/api/graphql' | '/graphql';
  },
): Promise<GraphQLResponse<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Content-Type': 'application/json',
    'Cache-Control': 'no-cache',
  };
  if (request.authorization) {
    headers.Authorization = request.authorization;
  }
  const response = await fetch(`${simulator.url}${request.path ?? '/gateway/api/graphql'}`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: request.query, variables: request.variables ?? {} }),
  });
  return { status: response.status, headers: response.headers, body: await jsonOf(response) };
}
