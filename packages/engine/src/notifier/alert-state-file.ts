import { readFile, rename } from 'node:fs/promises';

import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';

const accountAlertStateSchema = z.object({
  /** Timestamp of the newest item seen in any poll; older items never alert. */
  watermark: z.string().nullable(),
  /** Ids already alerted or summarised, newest first, bounded. */
  alertedIds: z.array(z.string()),
});

const alertStateSchema = z.object({
  version: z.literal(1),
  accounts: z.record(z.string(), accountAlertStateSchema),
});

export type AccountAlertState = z.infer<typeof accountAlertStateSchema>;
export type AlertState = z.infer<typeof alertStateSchema>;

/** Storage for the alert tracker's state between runs. */
export interface AlertStateStore {
  load(): Promise<AlertState>;
  save(state: AlertState): Promise<void>;
}

export function emptyAlertState(): AlertState {
  return { version: 1, accounts: {} };
}

/**
 * Stores alert state as JSON at `path`, written atomically (temp file and rename). A missing
 * file is an empty state. A corrupt file is renamed to `<path>.corrupt-<time>` and reported
 * with STATE_FILE_CORRUPT; the next load starts empty.
 */
export function createAlertStateFile(
  path: string,
  now: () => Date = () => new Date(),
): AlertStateStore {
  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if (isMissingFile(error)) {
          return emptyAlertState();
        }
        throw new StorageError(
          ErrorCode.stateFileCorrupt,
          `Could not read the alert state file ${path}.`,
          {
            hint: 'Check the file permissions of the Atlassify state folder.',
            cause: error,
            details: { path },
          },
        );
      }
      return parseOrSetAside(text, path, now());
    },
    async save(state) {
      await writeFileAtomic(path, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
    },
  };
}

async function parseOrSetAside(text: string, path: string, now: Date): Promise<AlertState> {
  let parsed: ReturnType<typeof alertStateSchema.safeParse> | undefined;
  try {
    parsed = alertStateSchema.safeParse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (parsed?.success) {
    return parsed.data;
  }

  const asidePath = `${path}.corrupt-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(path, asidePath);
  throw new StorageError(
    ErrorCode.stateFileCorrupt,
    `The alert state file ${path} is corrupt; it was moved to ${asidePath}.`,
    {
      hint: 'Atlassify starts with fresh alert state, so the next poll may raise one summary alert.',
      details: { path, asidePath },
    },
  );
}

function isMissingFile(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
