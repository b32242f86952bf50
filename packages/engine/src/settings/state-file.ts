import type { z } from 'zod';

import { ErrorCode, isAtlassifyError, type StorageError } from '../errors/atlassify-error.ts';
import { readJsonFile, withFileLock, writeJsonFile } from '../store/index.ts';

export interface StateFileOptions<T> {
  path: string;
  version: number;
  schema: z.ZodType<T>;
  /** The content when the file is missing or was moved aside as corrupt. */
  empty: () => T;
  /** Called when the file was corrupt and moved aside, or was written by a newer version. */
  onProblem?: (error: StorageError) => void;
  /** Maximum time in ms to wait for another process's write; 60 000 by default. */
  lockWaitMs?: number;
}

/**
 * One versioned JSON state file that the app and the CLI may both change. Writes are atomic
 * read-modify-writes under an inter-process lock. A corrupt file is moved aside by `readJsonFile`
 * and the defaults are used. A file from a newer version is read as defaults and never
 * overwritten, so changes to it fail with STATE_FILE_TOO_NEW.
 */
export class StateFile<T extends object> {
  constructor(private readonly options: StateFileOptions<T>) {}

  get path(): string {
    return this.options.path;
  }

  async read(): Promise<T> {
    try {
      return (
        (await readJsonFile(this.options.path, this.options.schema, {
          version: this.options.version,
        })) ?? this.options.empty()
      );
    } catch (error) {
      if (isRecoverable(error)) {
        this.options.onProblem?.(error);
        return this.options.empty();
      }
      throw error;
    }
  }

  /** Applies `change` to the current content under the lock and writes the result. */
  async change<R>(change: (current: T) => { next: T; result: R }): Promise<R> {
    const write = async () => {
      const { next, result } = change(await this.readForChange());
      await writeJsonFile(this.options.path, next, { version: this.options.version });
      return result;
    };
    return withFileLock(
      this.options.path,
      write,
      this.options.lockWaitMs === undefined ? {} : { waitMs: this.options.lockWaitMs },
    );
  }

  private async readForChange(): Promise<T> {
    try {
      return (
        (await readJsonFile(this.options.path, this.options.schema, {
          version: this.options.version,
        })) ?? this.options.empty()
      );
    } catch (error) {
      if (isAtlassifyError(error) && error.code === ErrorCode.stateFileCorrupt) {
        this.options.onProblem?.(error as StorageError);
        return this.options.empty();
      }
      throw error;
    }
  }
}

function isRecoverable(error: unknown): error is StorageError {
  return (
    isAtlassifyError(error) &&
    (error.code === ErrorCode.stateFileCorrupt || error.code === ErrorCode.stateFileTooNew)
  );
}
