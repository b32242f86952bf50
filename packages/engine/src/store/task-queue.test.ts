import { describe, expect, it } from 'vitest';

import { createTaskQueue } from './task-queue.ts';

describe('createTaskQueue', () => {
  it('runs tasks in arrival order', async () => {
    const queue = createTaskQueue();
    const finished: number[] = [];
    const slow = queue.run(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      finished.push(1);
    });
    const fast = queue.run(async () => {
      finished.push(2);
    });

    await Promise.all([slow, fast]);

    expect(finished).toEqual([1, 2]);
  });

  it('goes on after a failure', async () => {
    const queue = createTaskQueue();
    const failed = queue.run(async () => {
      throw new Error('task failed');
    });
    const next = queue.run(async () => 'next');

    await expect(failed).rejects.toThrow('task failed');
    await expect(next).resolves.toBe('next');
  });
});
