import type { PollClock, PollerTimers } from '../../src/poller/index.ts';

interface Task {
  dueAt: number;
  callback: () => void;
}

/**
 * Timers and clocks that move only when a test moves them. Tests that also talk to a real server
 * use them instead of fake global timers, so the HTTP client and server keep real ones. Both
 * clocks start together, and `sleep` moves the wall clock alone, as during a suspend.
 */
export class ManualTime implements PollerTimers, PollClock {
  private wall: number;
  private monotonic = 0;
  private readonly tasks = new Map<number, Task>();
  private nextHandle = 1;

  constructor(start = '2026-03-02T14:00:00.000Z') {
    this.wall = Date.parse(start);
  }

  now(): number {
    return this.wall;
  }

  monotonicNow(): number {
    return this.monotonic;
  }

  setTimeout(callback: () => void, delayMs: number): unknown {
    const handle = this.nextHandle++;
    this.tasks.set(handle, { dueAt: this.monotonic + Math.max(0, delayMs), callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.tasks.delete(handle as number);
  }

  /** Milliseconds from now to the earliest timer, or undefined when none is set. */
  nextDelay(): number | undefined {
    let earliest: number | undefined;
    for (const task of this.tasks.values()) {
      earliest = earliest === undefined ? task.dueAt : Math.min(earliest, task.dueAt);
    }
    return earliest === undefined ? undefined : earliest - this.monotonic;
  }

  /** Moves both clocks forward, running the timers that fall due on the way, in order. */
  advance(ms: number): void {
    const end = this.monotonic + ms;
    for (;;) {
      const next = this.earliestTask();
      if (!next || next[1].dueAt > end) {
        break;
      }
      const [handle, task] = next;
      this.moveTo(task.dueAt);
      this.tasks.delete(handle);
      task.callback();
    }
    this.moveTo(end);
  }

  /** Moves the wall clock alone, as while the machine sleeps. */
  sleep(ms: number): void {
    this.wall += ms;
  }

  private moveTo(monotonic: number): void {
    this.wall += monotonic - this.monotonic;
    this.monotonic = monotonic;
  }

  private earliestTask(): [number, Task] | undefined {
    let earliest: [number, Task] | undefined;
    for (const entry of this.tasks) {
      if (!earliest || entry[1].dueAt < earliest[1].dueAt) {
        earliest = entry;
      }
    }
    return earliest;
  }
}
