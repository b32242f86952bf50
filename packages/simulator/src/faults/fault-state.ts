import type { FaultKind, FaultSettings } from './fault-settings.ts';

/** The faults in force and the requests they hold open. */
export class FaultState {
  private active: FaultSettings = {};
  private readonly hungRequests = new Set<() => void>();

  /** Replaces every fault and drops the requests that hang. */
  set(settings: FaultSettings): void {
    this.active = structuredClone(settings);
    this.dropHungRequests();
  }

  /** Switches every fault off and drops the requests that hang. */
  clear(): void {
    this.set({});
  }

  /** Returns a copy of the faults in force, with the requests each has left. */
  view(): FaultSettings {
    return structuredClone(this.active);
  }

  /**
   * Uses up one request of a fault that applies to `path` and returns its settings, or returns
   * undefined when that fault is off or limited to other paths.
   */
  take<K extends FaultKind>(kind: K, path: string): NonNullable<FaultSettings[K]> | undefined {
    const fault = this.active[kind];
    if (!fault) {
      return undefined;
    }
    if ('paths' in fault && fault.paths && !fault.paths.includes(path)) {
      return undefined;
    }

    fault.requests -= 1;
    if (fault.requests <= 0) {
      delete this.active[kind];
    }
    return structuredClone(fault);
  }

  /**
   * Registers a hung request's way to end, called when the faults change. Returns the function
   * that removes it again once the request has ended by itself.
   */
  holdRequest(drop: () => void): () => void {
    this.hungRequests.add(drop);
    return () => this.hungRequests.delete(drop);
  }

  private dropHungRequests(): void {
    const drops = [...this.hungRequests];
    this.hungRequests.clear();
    for (const drop of drops) {
      drop();
    }
  }
}
