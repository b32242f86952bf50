import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';

import writeFileAtomic from 'write-file-atomic';
import type { z } from 'zod';

import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';

/** Versioning of a state file. The version is stored in the file's top-level `version` field. */
export interface JsonFileFormat {
  /** The version this code writes and reads. */
  version: number;
  /**
   * Upgrades a document written with an earlier version (0 when the file has no `version` field)
   * to the current shape. Throwing marks the file as corrupt.
   */
  migrate?: (document: Record<string, unknown>, fromVersion: number) => Record<string, unknown>;
}

export interface WriteJsonFileOptions {
  version: number;
  /** File mode; 0600 by default because most state names accounts. */
  mode?: number;
}

/**
 * Reads a versioned JSON state file and validates it with `schema`. Returns null when the file
 * does not exist. A file that cannot be parsed, migrated or validated is renamed to
 * `<path>.corrupt-<timestamp>` and reported with STATE_FILE_CORRUPT. A file from a newer version
 * stays in place and is reported with STATE_FILE_TOO_NEW.
 */
export async function readJsonFile<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  format: JsonFileFormat,
): Promise<z.output<Schema> | null> {
  const text = await readStateText(path);
  if (text === null) {
    return null;
  }

  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    // The parser's message quotes file content, which may include secrets, so it is dropped.
    throw await quarantine(path, 'it is not valid JSON');
  }
  if (!isPlainObject(document)) {
    throw await quarantine(path, 'it does not contain a JSON object');
  }

  const current = await upgrade(path, document, format);
  const parsed = schema.safeParse(current);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
    throw await quarantine(
      path,
      `unexpected values at ${[...new Set(fields)].slice(0, 5).join(', ')}`,
    );
  }

  return parsed.data;
}

/**
 * Writes `{ version, ...data }` atomically: a temporary file created with the final mode, then a
 * rename, so readers see the old or the new file, never a partial one. Creates the parent
 * folders with mode 0700.
 */
export async function writeJsonFile(
  path: string,
  data: object,
  options: WriteJsonFileOptions,
): Promise<void> {
  const text = `${JSON.stringify({ ...data, version: options.version }, null, 2)}\n`;

  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    await writeFileAtomic(path, text, { mode: options.mode ?? 0o600, fsync: true });
  } catch (error) {
    throw new StorageError(
      ErrorCode.stateFileFailed,
      `Could not write ${path}: ${errorCode(error)}.`,
      {
        hint: 'Check that the folder exists, is writable and that the disk is not full.',
        cause: error,
        details: { path },
      },
    );
  }
}

async function readStateText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') {
      return null;
    }
    throw new StorageError(
      ErrorCode.stateFileFailed,
      `Could not read ${path}: ${errorCode(error)}.`,
      {
        hint: 'Check the file permissions of the Atlassify state folder (ATLASSIFY_HOME).',
        cause: error,
        details: { path },
      },
    );
  }
}

async function upgrade(
  path: string,
  document: Record<string, unknown>,
  format: JsonFileFormat,
): Promise<Record<string, unknown>> {
  const { version = 0, ...rest } = document;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) {
    throw await quarantine(path, 'its "version" field is not a whole number');
  }
  if (version > format.version) {
    throw new StorageError(
      ErrorCode.stateFileTooNew,
      `${path} was written by a newer Atlassify (file version ${version}, this one reads up to ${format.version}).`,
      {
        hint: 'Update Atlassify, or move the file away to start over.',
        details: { path, version },
      },
    );
  }
  if (version === format.version) {
    return rest;
  }
  if (!format.migrate) {
    throw await quarantine(path, `version ${version} cannot be migrated to ${format.version}`);
  }

  try {
    return format.migrate(rest, version);
  } catch {
    throw await quarantine(path, `migrating it from version ${version} failed`);
  }
}

/** Moves a corrupt file aside and returns the error that reports it. */
async function quarantine(path: string, reason: string): Promise<StorageError> {
  const movedTo = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  let moved = true;
  try {
    await rename(path, movedTo);
  } catch {
    moved = false;
  }

  const where = moved
    ? `It was moved to ${movedTo}.`
    : 'Moving it aside failed, so it is still in place.';
  return new StorageError(
    ErrorCode.stateFileCorrupt,
    `State file ${path} is corrupt: ${reason}. ${where}`,
    {
      hint: moved
        ? 'Atlassify continues without it: sign in again or re-enter the settings it contained.'
        : 'Move or delete the file by hand, then try again.',
      details: { path, movedTo: moved ? movedTo : undefined },
    },
  );
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function errorCode(error: unknown): string {
  if (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string'
  ) {
    return error.code;
  }
  return error instanceof Error ? error.message : String(error);
}
