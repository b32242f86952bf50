/** Timer functions, injectable so tests drive time with fake or manual timers. */
export interface PollerTimers {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/**
 * The two clocks a poller reads. `now` is the wall clock in epoch milliseconds, for the times it
 * reports. `monotonicNow` never jumps, for the delays it schedules. On Linux and macOS the
 * monotonic clock also stops while the machine sleeps, which is how a sleep shows.
 */
export interface PollClock {
  now(): number;
  monotonicNow(): number;
}

// These wrap the globals instead of referencing them, so fake timers installed after this
// module loads still take effect.
export const systemTimers: PollerTimers = {
  setTimeout: (callback, delayMs) => setTimeout(callback, delayMs),
  clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout | undefined),
};

export const systemClock: PollClock = {
  now: () => Date.now(),
  monotonicNow: () => performance.now(),
};
