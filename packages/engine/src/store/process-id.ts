/**
 * Tells whether a process with the id runs on this host. Returns false only when no process has
 * the id; EPERM means that it runs as another user. A reused id reads as running.
 */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
