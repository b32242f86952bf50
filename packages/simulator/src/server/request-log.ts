/** Credential kind of a request: API token, OAuth access token, none, or OAuth client secret. */
export type AuthKind = 'basic' | 'bearer' | 'none' | 'client';

export type OperationType = 'query' | 'mutation' | 'subscription';

/**
 * One handled request. It contains the path without its query string and never a header or body, so
 * no token, code or secret can reach it.
 */
export interface RequestLogEntry {
  at: string;
  method: string;
  path: string;
  operationName: string | null;
  operationType: OperationType | null;
  authKind: AuthKind;
  status: number;
}

// Keeps a long demo run from growing without bound; tests read far fewer entries.
const MAX_ENTRIES = 10_000;

/** The requests the simulator has handled, oldest first. */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private readonly listener: ((entry: RequestLogEntry) => void) | undefined;

  constructor(listener?: (entry: RequestLogEntry) => void) {
    this.listener = listener;
  }

  record(entry: RequestLogEntry): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) {
      this.entries.splice(0, this.entries.length - MAX_ENTRIES);
    }
    this.listener?.(entry);
  }

  list(): RequestLogEntry[] {
    return this.entries.map((entry) => ({ ...entry }));
  }

  clear(): void {
    this.entries = [];
  }
}
