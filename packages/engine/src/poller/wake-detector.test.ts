import { describe, expect, it, vi } from 'vitest';

import { ManualTime } from '../../test/poll/manual-time.ts';
import { createWakeDetector } from './wake-detector.ts';

function detector(time: ManualTime) {
  const onWake = vi.fn();
  const wake = createWakeDetector({ timers: time, clock: time, onWake });
  return { wake, onWake };
}

describe('createWakeDetector', () => {
  it('stays quiet while awake', () => {
    const time = new ManualTime();
    const { wake, onWake } = detector(time);

    wake.start();
    time.advance(10 * 60_000);

    expect(onWake).not.toHaveBeenCalled();
    wake.stop();
  });

  it('reports a sleep that stops the monotonic clock', () => {
    const time = new ManualTime();
    const { wake, onWake } = detector(time);

    wake.start();
    time.advance(2_000);
    time.sleep(3_600_000);
    time.advance(3_000);

    expect(onWake).toHaveBeenCalledTimes(1);
    expect(onWake).toHaveBeenCalledWith(3_600_000);
    time.advance(60_000);
    expect(onWake).toHaveBeenCalledTimes(1);
    wake.stop();
  });

  it('reports a late heartbeat', () => {
    const time = new ManualTime();
    const onWake = vi.fn();
    // A timer that fires 10 minutes late, as where the monotonic clock counts the sleep.
    const lateTimers = {
      setTimeout: (callback: () => void, delayMs: number) =>
        time.setTimeout(
          callback,
          delayMs === 5_000 && onWake.mock.calls.length === 0 ? 605_000 : delayMs,
        ),
      clearTimeout: (handle: unknown) => time.clearTimeout(handle),
    };
    const wake = createWakeDetector({ timers: lateTimers, clock: time, onWake });

    wake.start();
    time.advance(605_000);

    expect(onWake).toHaveBeenCalledWith(600_000);
    wake.stop();
  });

  it('ignores a short stall', () => {
    const time = new ManualTime();
    const { wake, onWake } = detector(time);

    wake.start();
    time.sleep(9_000);
    time.advance(5_000);

    expect(onWake).not.toHaveBeenCalled();
    wake.stop();
  });

  it('stops beating when stopped', () => {
    const time = new ManualTime();
    const { wake, onWake } = detector(time);

    wake.start();
    wake.stop();
    time.sleep(3_600_000);
    time.advance(60_000);

    expect(onWake).not.toHaveBeenCalled();
    expect(time.nextDelay()).toBeUndefined();
  });
});
