import { type PollClock, type PollerTimers, systemClock, systemTimers } from './poll-clock.ts';
import { createWakeDetector, type WakeDetectorOptions } from './wake-detector.ts';

export const defaultPollIntervalMs = 60_000;
/** Shortest poll interval; shorter settings are raised to it. */
export const minPollIntervalMs = 30_000;
/** Maximum poll interval; it keeps every delay far below the 24.8-day limit of Node timers. */
export const maxPollIntervalMs = 24 * 60 * 60_000;

/** Callbacks through which a group reports to a started poller. */
export interface PollGroupMember {
  /** The interval changed; reschedule the next poll at once. */
  onIntervalChanged(): void;
  /** The machine woke from sleep; timers ran late and connections may be dead. */
  onWake(sleptMs: number): void;
  /** Another member's poll succeeded after failures, so the network is back. */
  onPeerRecovered(): void;
}

/**
 * The pollers of one engine, one per account. They share the poll interval, the timers and
 * clocks, one wake detector, and the news that the network is back.
 */
export interface PollGroup {
  readonly timers: PollerTimers;
  readonly clock: PollClock;
  intervalMs(): number;
  /** Sets the interval, clamped to 30 s to 24 h; every member reschedules at once. */
  setIntervalMs(intervalMs: number): void;
  /** Adds a started poller and returns the function that removes it. */
  join(member: PollGroupMember): () => void;
  /** Tells the other members that `member` polled successfully after failures. */
  reportRecovered(member: PollGroupMember): void;
}

export interface PollGroupOptions {
  intervalMs?: number;
  timers?: PollerTimers;
  clock?: PollClock;
  /** Options of the wake detector, which runs while the group has members. */
  wake?: Pick<WakeDetectorOptions, 'heartbeatMs' | 'toleranceMs'>;
}

/** Clamps an interval setting to the supported range; a value that is not a number gives the default. */
export function clampPollInterval(intervalMs: number): number {
  if (!Number.isFinite(intervalMs)) {
    return defaultPollIntervalMs;
  }
  return Math.min(maxPollIntervalMs, Math.max(minPollIntervalMs, intervalMs));
}

export function createPollGroup(options: PollGroupOptions = {}): PollGroup {
  const timers = options.timers ?? systemTimers;
  const clock = options.clock ?? systemClock;
  const members = new Set<PollGroupMember>();
  let intervalMs = clampPollInterval(options.intervalMs ?? defaultPollIntervalMs);

  const wakeDetector = createWakeDetector({
    ...options.wake,
    timers,
    clock,
    onWake: (sleptMs) => {
      for (const member of [...members]) {
        member.onWake(sleptMs);
      }
    },
  });

  return {
    timers,
    clock,
    intervalMs: () => intervalMs,
    setIntervalMs(value) {
      const clamped = clampPollInterval(value);
      if (clamped === intervalMs) {
        return;
      }
      intervalMs = clamped;
      for (const member of [...members]) {
        member.onIntervalChanged();
      }
    },
    join(member) {
      members.add(member);
      if (members.size === 1) {
        wakeDetector.start();
      }
      return () => {
        if (members.delete(member) && members.size === 0) {
          wakeDetector.stop();
        }
      };
    },
    reportRecovered(recovered) {
      for (const member of [...members]) {
        if (member !== recovered) {
          member.onPeerRecovered();
        }
      }
    },
  };
}
