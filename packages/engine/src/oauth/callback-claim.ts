import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

import { AtlassifyError, ErrorCode, isAtlassifyError } from '../errors/atlassify-error.ts';
import { isProcessRunning, statePaths } from '../store/index.ts';

/**
 * A note in the state home that this process's sign-in listens on a callback port. It lets a
 * second sign-in tell "another Atlassify sign-in waits on this port" apart from another program
 * that uses it. The note names only the process id.
 */
export interface CallbackClaim {
  release(): Promise<void>;
}

/** Writes the claim for `port`; a failure to write it only loses the better message. */
export async function claimCallbackPort(stateHome: string, port: number): Promise<CallbackClaim> {
  const file = statePaths(stateHome).callbackClaimFile(port);
  try {
    await mkdir(dirname(file), { recursive: true, mode: 0o700 });
    await writeFile(file, JSON.stringify({ pid: process.pid }), { mode: 0o600 });
  } catch {
    return { release: async () => {} };
  }

  return {
    release: async () => {
      // Another sign-in may have claimed the port after this one ended, so only an own claim goes.
      if ((await readClaimPid(file)) === process.pid) {
        await rm(file, { force: true });
      }
    },
  };
}

/**
 * Replaces CALLBACK_PORT_BUSY by OAUTH_IN_PROGRESS when the claim file names another running
 * process, which is then another Atlassify sign-in (in the CLI or an app window) waiting for its
 * browser. Returns other errors unchanged.
 */
export async function explainBusyCallbackPort(
  error: unknown,
  stateHome: string,
  port: number,
): Promise<unknown> {
  if (!isAtlassifyError(error) || error.code !== ErrorCode.callbackPortBusy) {
    return error;
  }
  const pid = await readClaimPid(statePaths(stateHome).callbackClaimFile(port));
  if (pid === null || pid === process.pid || !isProcessRunning(pid)) {
    return error;
  }
  return new AtlassifyError(
    ErrorCode.oauthInProgress,
    `Another Atlassify sign-in (process ${pid}) is waiting for its browser on port ${port}, so this one cannot receive the callback.`,
    {
      hint: 'Finish or cancel that sign-in first: Ctrl-C in its terminal, or Cancel in its window. Then start again.',
      cause: error,
      details: { ...error.details, pid },
    },
  );
}

async function readClaimPid(file: string): Promise<number | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(file, 'utf8'));
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      'pid' in parsed &&
      Number.isInteger(parsed.pid)
    ) {
      return parsed.pid as number;
    }
  } catch {
    // A missing or unreadable claim explains nothing.
  }
  return null;
}
