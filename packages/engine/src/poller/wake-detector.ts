import type { PollClock, PollerTimers } from './poll-clock.ts';

export interface WakeDetectorOptions {
  timers: PollerTimers;
  clock: PollClock;
  /** How often the detector compares the clocks. */
  heartbeatMs?: number;
  /** Unexplained time above this counts as a sleep; normal timer lateness stays far below it. */
  toleranceMs?: number;
  onWake: (sleptMs: number) => void;
}

export interface WakeDetector {
  start(): void;
  stop(): void;
}

export const defaultHeartbeatMs = 5_000;
export const defaultWakeToleranceMs = 10_000;

/**
 * Creates a detector that notices the machine waking from sleep. A heartbeat timer compares how
 * far each clock moved since the last beat. Where the monotonic clock stops during sleep (Linux,
 * macOS) the wall clock moves further than it. Where it keeps counting, the beat itself comes
 * late. Either excess above the tolerance is reported as a wake. A wall clock set forward by
 * hand or by NTP also reports one, which costs one extra poll.
 */
export function createWakeDetector(options: WakeDetectorOptions): WakeDetector {
  const heartbeatMs = options.heartbeatMs ?? defaultHeartbeatMs;
  const toleranceMs = options.toleranceMs ?? defaultWakeToleranceMs;
  let timer: unknown;
  let running = false;
  let lastWall = 0;
  let lastMonotonic = 0;

  function beat(): void {
    const wall = options.clock.now();
    const monotonic = options.clock.monotonicNow();
    const wallElapsed = wall - lastWall;
    const monotonicElapsed = monotonic - lastMonotonic;
    lastWall = wall;
    lastMonotonic = monotonic;

    const sleptMs = Math.max(wallElapsed - monotonicElapsed, monotonicElapsed - heartbeatMs);
    timer = options.timers.setTimeout(beat, heartbeatMs);
    if (sleptMs > toleranceMs) {
      options.onWake(sleptMs);
    }
  }

  return {
    start() {
      if (running) {
        return;
      }
      running = true;
      lastWall = options.clock.now();
      lastMonotonic = options.clock.monotonicNow();
      timer = options.timers.setTimeout(beat, heartbeatMs);
    },
    stop() {
      running = false;
      options.timers.clearTimeout(timer);
    },
  };
}
