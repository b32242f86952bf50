import { mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';

import { readJsonFile, writeJsonFile } from './json-file.ts';

const schema = z.object({ names: z.array(z.string()) });

describe('readJsonFile and writeJsonFile', () => {
  let home: string;
  let path: string;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'atlassify-store-'));
    path = join(home, 'nested', 'state.json');
  });

  it('round-trips a versioned document', async () => {
    await writeJsonFile(path, { names: ['a', 'b'] }, { version: 3 });

    expect(await readJsonFile(path, schema, { version: 3 })).toEqual({ names: ['a', 'b'] });
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ version: 3 });
  });

  it('writes mode 0600 in a 0700 folder', async () => {
    await writeJsonFile(path, { names: [] }, { version: 1 });

    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(home, 'nested'))).mode & 0o777).toBe(0o700);
  });

  it('returns null for a missing file', async () => {
    expect(await readJsonFile(path, schema, { version: 1 })).toBeNull();
  });

  it('moves invalid JSON aside', async () => {
    await writeJsonFile(path, { names: [] }, { version: 1 });
    await writeFile(path, '{"names": ["secret-token-value"');

    const error = await readJsonFile(path, schema, { version: 1 }).catch(
      (caught: unknown) => caught,
    );
    const files = await readdir(join(home, 'nested'));

    expect(error).toMatchObject({ code: 'STATE_FILE_CORRUPT', name: 'StorageError' });
    expect((error as Error).message).not.toContain('secret-token-value');
    expect(files).toEqual([
      expect.stringMatching(/^state\.json\.corrupt-\d{4}-\d\d-\d\dT[\d-]+Z$/),
    ]);
    expect(await readJsonFile(path, schema, { version: 1 })).toBeNull();
  });

  it('moves a file with the wrong shape aside', async () => {
    await writeFile(path.replace('nested/', ''), JSON.stringify({ version: 1, names: [1] }));

    const error = await readJsonFile(path.replace('nested/', ''), schema, { version: 1 }).catch(
      (e: unknown) => e,
    );

    expect(error).toMatchObject({ code: 'STATE_FILE_CORRUPT' });
    expect((error as Error).message).toContain('names.0');
    expect((error as { details: { movedTo: string } }).details.movedTo).toContain('.corrupt-');
  });

  it('keeps a file from a newer version', async () => {
    await writeJsonFile(path, { names: [] }, { version: 5 });

    const error = await readJsonFile(path, schema, { version: 2 }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ code: 'STATE_FILE_TOO_NEW' });
    expect(await readdir(join(home, 'nested'))).toEqual(['state.json']);
  });

  it('migrates an older version', async () => {
    await writeFile(path.replace('nested/', ''), JSON.stringify({ name: 'only' }));
    const migrate = (document: Record<string, unknown>, fromVersion: number) => ({
      names: [`${document.name}@${fromVersion}`],
    });

    const result = await readJsonFile(path.replace('nested/', ''), schema, { version: 2, migrate });

    expect(result).toEqual({ names: ['only@0'] });
  });

  it('moves aside a file that fails migration', async () => {
    await writeJsonFile(path, { names: [] }, { version: 1 });
    const migrate = () => {
      throw new TypeError('cannot migrate');
    };

    const error = await readJsonFile(path, schema, { version: 2, migrate }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ code: 'STATE_FILE_CORRUPT' });
    expect((error as Error).message).toContain('migrating it from version 1 failed');
  });
});
