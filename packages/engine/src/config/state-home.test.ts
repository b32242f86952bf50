import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { prepareStateHome } from './state-home.ts';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'atlassify-state-home-'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('prepareStateHome', () => {
  it('creates a missing folder', async () => {
    const home = join(root, 'nested', 'home');

    await prepareStateHome(home, { ATLASSIFY_HOME: home });

    const info = await stat(home);
    expect(info.isDirectory()).toBe(true);
    expect(info.mode & 0o777).toBe(0o700);
  });

  it('names a file set as ATLASSIFY_HOME', async () => {
    const file = join(root, 'file');
    await writeFile(file, '');

    const error = await prepareStateHome(file, { ATLASSIFY_HOME: file }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({
      code: 'INVALID_INPUT',
      message: `ATLASSIFY_HOME ("${file}") is not a folder: a file is in the way.`,
      details: { path: file },
    });
    expect((error as { hint: string }).hint).toContain('unset it');
  });

  it('names a file in the path', async () => {
    await writeFile(join(root, 'file'), '');
    const home = join(root, 'file', 'home');

    const error = await prepareStateHome(home, { ATLASSIFY_HOME: home }).catch(
      (caught: unknown) => caught,
    );

    expect(error).toMatchObject({ code: 'INVALID_INPUT', details: { path: home } });
  });

  it('names the default folder', async () => {
    const file = join(root, 'atlassify');
    await writeFile(file, '');

    const error = await prepareStateHome(file, {}).catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      message: `The state folder ${file} is not a folder: a file is in the way.`,
    });
    expect((error as { hint: string }).hint).toContain('ATLASSIFY_HOME');
  });
});
