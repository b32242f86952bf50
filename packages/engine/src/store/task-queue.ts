/** Runs async tasks one at a time, in the order they arrive. */
export interface TaskQueue {
  /** Runs `task` after every earlier task settled, and resolves or rejects as it does. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Creates a queue that runs tasks one at a time, each after the previous one settled, so that
 * read-modify-write steps on one state file cannot interleave within a process.
 */
export function createTaskQueue(): TaskQueue {
  let last: Promise<unknown> = Promise.resolve();
  return {
    run(task) {
      const result = last.then(task, task);
      last = result.catch(() => undefined);
      return result;
    },
  };
}
