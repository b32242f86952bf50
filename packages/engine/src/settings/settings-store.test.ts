import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ErrorCode, type StorageError } from '../errors/atlassify-error.ts';
import { emptyFilters } from '../notifications/filters.ts';
import { defaultSettings, settingsPatchSchema } from './settings.ts';
import { SettingsStore } from './settings-store.ts';

let home: string;
let problems: StorageError[];
let store: SettingsStore;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'atlassify-settings-'));
  problems = [];
  store = SettingsStore.forStateHome(home, { onProblem: (error) => problems.push(error) });
});

afterEach(() => rm(home, { recursive: true, force: true }));

describe('SettingsStore', () => {
  it('reads defaults without a file', async () => {
    expect(await store.read()).toEqual({ settings: defaultSettings, filters: emptyFilters });
  });

  it('keeps other settings on update', async () => {
    await store.updateSettings({ volume: 70 });
    await store.updateSettings({ playSound: false });
    await store.setFilters({ ...emptyFilters, products: ['jira'] });

    expect(await store.read()).toEqual({
      settings: { ...defaultSettings, volume: 70, playSound: false },
      filters: { ...emptyFilters, products: ['jira'] },
    });
  });

  it('fills fields an older file lacks', async () => {
    await writeFile(store.path, JSON.stringify({ version: 1, settings: { volume: 5 } }));

    expect((await store.read()).settings).toEqual({ ...defaultSettings, volume: 5 });
  });

  it('moves a file with a bad value aside', async () => {
    await writeFile(store.path, JSON.stringify({ version: 1, settings: { volume: 500 } }));

    expect((await store.read()).settings).toEqual(defaultSettings);
    expect(problems.map((problem) => problem.code)).toEqual([ErrorCode.stateFileCorrupt]);
    expect((await readdir(home)).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(
      true,
    );
  });

  it('never overwrites a newer file', async () => {
    await writeFile(store.path, JSON.stringify({ version: 99, settings: {} }));

    expect((await store.read()).settings).toEqual(defaultSettings);
    await expect(store.updateSettings({ volume: 1 })).rejects.toMatchObject({
      code: ErrorCode.stateFileTooNew,
    });
  });
});

describe('settingsPatchSchema', () => {
  it.each([
    [{ pollIntervalSeconds: 29 }],
    [{ pollIntervalSeconds: 30.5 }],
    [{ volume: 101 }],
    [{ groupByProduct: 'yes' }],
    [{ unknownSetting: true }],
  ])('rejects %j', (patch) => {
    expect(settingsPatchSchema.safeParse(patch).success).toBe(false);
  });

  it('accepts a partial change', () => {
    expect(settingsPatchSchema.parse({ pollIntervalSeconds: 30, volume: 0 })).toEqual({
      pollIntervalSeconds: 30,
      volume: 0,
    });
  });
});
