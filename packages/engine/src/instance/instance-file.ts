import { readFile, rm } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

import { z } from 'zod';

import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';
import { isProcessRunning, statePaths, withFileLock, writeJsonFile } from '../store/index.ts';

const instanceFileVersion = 1;

/**
 * `instance.json` in the state home: the engine that serves this home. `starting` is written
 * before the engine opens, so a second start waits for it instead of starting another.
 * The launch URL carries the launch token, a local secret: the file has mode 0600 and its
 * content is never logged.
 */
const instanceRecordSchema = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('starting'),
    pid: z.number().int().positive(),
    startedAt: z.string(),
  }),
  z.object({
    state: z.literal('running'),
    pid: z.number().int().positive(),
    startedAt: z.string(),
    port: z.number().int().min(1).max(65_535),
    launchUrl: z.url(),
  }),
]);
export type InstanceRecord = z.infer<typeof instanceRecordSchema>;
export type RunningInstance = Extract<InstanceRecord, { state: 'running' }>;

/** The outcome of `claimInstance`. */
export type InstanceClaim =
  | { kind: 'running'; instance: RunningInstance }
  | { kind: 'claimed'; claim: OwnInstance };

/** This process's entry in `instance.json`, from `starting` to its removal. */
export interface OwnInstance {
  /** Records the server's port and launch URL once it listens. */
  markRunning(server: { port: number; launchUrl: string }): Promise<void>;
  /** Removes the entry, unless another process has replaced it. */
  release(): Promise<void>;
}

export interface ClaimOptions {
  /** Maximum wait for another engine that is still starting; 30 000 ms by default. */
  waitForStartMs?: number;
  /** Tells whether the recorded server responds; `probeLaunchUrl` by default. */
  probe?: (instance: RunningInstance) => Promise<boolean>;
  /** Tells whether a process id runs; `isProcessRunning` by default. */
  isRunning?: (pid: number) => boolean;
}

const startingPollMs = 200;

/**
 * Applies the one-engine-per-home rule. Returns the engine that already serves `home` when its
 * process runs and its server responds, after waiting for one that is still starting. Otherwise
 * claims the home for this process. An entry whose process is gone, or whose server does not
 * respond, is stale and replaced. The check and the claim run under the file's lock, so two
 * starts at once cannot both claim.
 */
export async function claimInstance(
  home: string,
  options: ClaimOptions = {},
): Promise<InstanceClaim> {
  const file = statePaths(home).instanceFile;
  const isRunning = options.isRunning ?? isProcessRunning;
  const probe = options.probe ?? probeLaunchUrl;
  const deadline = Date.now() + (options.waitForStartMs ?? 30_000);

  for (;;) {
    const outcome = await withFileLock(file, async () => {
      const current = await readInstanceRecord(home);
      const alive = current !== null && current.pid !== process.pid && isRunning(current.pid);
      if (alive && current.state === 'running' && (await probe(current))) {
        return { kind: 'running' as const, instance: current };
      }
      if (alive && current.state === 'starting') {
        return { kind: 'starting' as const, pid: current.pid };
      }
      await writeRecord(file, { state: 'starting', pid: process.pid, startedAt: now() });
      return { kind: 'claimed' as const };
    });

    if (outcome.kind === 'running') {
      return outcome;
    }
    if (outcome.kind === 'claimed') {
      return { kind: 'claimed', claim: ownInstance(home) };
    }
    if (Date.now() > deadline) {
      throw new StorageError(
        ErrorCode.stateFileFailed,
        `Another Atlassify engine (process ${outcome.pid}) is still starting for ${home}.`,
        {
          hint: `Wait for it and run the command again. If process ${outcome.pid} is not Atlassify, delete ${file}.`,
          details: { pid: outcome.pid, path: file },
        },
      );
    }
    await delay(startingPollMs);
  }
}

/** Reads `instance.json`; a missing or unreadable file reads as null (no engine). */
export async function readInstanceRecord(home: string): Promise<InstanceRecord | null> {
  let text: string;
  try {
    text = await readFile(statePaths(home).instanceFile, 'utf8');
  } catch {
    return null;
  }
  try {
    const parsed = instanceRecordSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * Opens the launch URL without following its redirect. Only the engine that issued the token
 * responds 303 to `/`, so a reused port or process id reads as not responding.
 */
export async function probeLaunchUrl(
  instance: RunningInstance,
  timeoutMs = 3_000,
): Promise<boolean> {
  try {
    const response = await fetch(instance.launchUrl, {
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.status === 303 && response.headers.get('location') === '/';
  } catch {
    return false;
  }
}

function ownInstance(home: string): OwnInstance {
  const file = statePaths(home).instanceFile;
  const startedAt = now();
  return {
    markRunning: ({ port, launchUrl }) =>
      withFileLock(file, () =>
        writeRecord(file, { state: 'running', pid: process.pid, startedAt, port, launchUrl }),
      ),
    release: () =>
      withFileLock(file, async () => {
        const current = await readInstanceRecord(home);
        if (current?.pid === process.pid) {
          await rm(file, { force: true });
        }
      }),
  };
}

async function writeRecord(file: string, record: InstanceRecord): Promise<void> {
  // Every state file carries a version field, so a later format can be distinguished.
  await writeJsonFile(file, record, { version: instanceFileVersion, mode: 0o600 });
}

function now(): string {
  return new Date().toISOString();
}
