export { type FileLockOptions, withFileLock } from './file-lock.ts';
export {
  type JsonFileFormat,
  readJsonFile,
  type WriteJsonFileOptions,
  writeJsonFile,
} from './json-file.ts';
export { isProcessRunning } from './process-id.ts';
export { type StatePaths, statePaths } from './state-paths.ts';
export { createTaskQueue, type TaskQueue } from './task-queue.ts';
