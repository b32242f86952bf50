import { join } from 'node:path';

import { z } from 'zod';

import type { StorageError } from '../errors/atlassify-error.ts';
import { emptyFilters, type FilterState, filterStateSchema } from '../notifications/filters.ts';
import { defaultSettings, type Settings, type SettingsPatch, settingsSchema } from './settings.ts';
import { StateFile } from './state-file.ts';

const settingsFileVersion = 1;

const settingsFileSchema = z.object({
  settings: settingsSchema.default(defaultSettings),
  filters: filterStateSchema.default(emptyFilters),
});

export interface StoredSettings {
  settings: Settings;
  filters: FilterState;
}

/**
 * The settings and the list filters, in `settings.json` in the state home. A started engine
 * re-reads the file when it changes (see `watchStateFiles`), so the window shows changes that
 * `atlassify settings set` writes.
 */
export class SettingsStore {
  private readonly file: StateFile<StoredSettings>;

  constructor(path: string, options: { onProblem?: (error: StorageError) => void } = {}) {
    this.file = new StateFile({
      path,
      version: settingsFileVersion,
      schema: settingsFileSchema,
      empty: () => ({ settings: { ...defaultSettings }, filters: { ...emptyFilters } }),
      ...(options.onProblem ? { onProblem: options.onProblem } : {}),
    });
  }

  static forStateHome(
    home: string,
    options?: { onProblem?: (error: StorageError) => void },
  ): SettingsStore {
    return new SettingsStore(join(home, 'settings.json'), options);
  }

  get path(): string {
    return this.file.path;
  }

  read(): Promise<StoredSettings> {
    return this.file.read();
  }

  /** Changes the given settings, keeps the others, and returns the settings now stored. */
  updateSettings(patch: SettingsPatch): Promise<Settings> {
    return this.file.change((current) => {
      const settings = { ...current.settings, ...withoutUndefined(patch) };
      return { next: { ...current, settings }, result: settings };
    });
  }

  /** Replaces the filters and returns them. */
  setFilters(filters: FilterState): Promise<FilterState> {
    return this.file.change((current) => ({ next: { ...current, filters }, result: filters }));
  }
}

function withoutUndefined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(patch).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
