import { type FSWatcher, watch } from 'node:fs';
import { basename, dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import type { AccountRepository } from '../accounts/index.ts';
import type { Logger } from '../log/logger.ts';
import { type PollerTimers, systemTimers } from '../poller/index.ts';
import { refetchSettings } from '../settings/settings.ts';
import type { SettingsStore } from '../settings/settings-store.ts';
import type { AccountFeeds } from './account-feeds.ts';
import type { EngineState } from './engine-state.ts';

/** Waits this long after the last change event before reading, so one atomic write reads once. */
export const defaultDebounceMs = 200;

export interface StateFilesWatchOptions {
  accounts: AccountRepository;
  settingsStore: SettingsStore;
  state: EngineState;
  feeds: AccountFeeds;
  logger: Logger;
  /** The added sites' file and its re-read, which applies what changed. */
  sites?: { path: string; reload: () => Promise<void> };
  /** Time between the fallback re-reads: the poll interval in force. */
  intervalMs: () => number;
  debounceMs?: number;
  timers?: PollerTimers;
}

export interface StateFilesWatch {
  /** Re-reads the files now and applies what changed; resolves when done. */
  reload(): Promise<void>;
  close(): void;
}

/**
 * Applies changes that other processes make to `accounts.json`, `settings.json` and the added
 * sites' file, such as an account added by `atlassify login`, a setting changed with `atlassify
 * settings set` or a site added with `atlassify sites add`, while the engine runs. `fs.watch` on the state home reports them within `debounceMs`. Because it
 * misses changes on some file systems (network shares among them), the files are also re-read
 * every poll interval. Reading an unchanged file changes nothing.
 */
export function watchStateFiles(options: StateFilesWatchOptions): StateFilesWatch {
  const timers = options.timers ?? systemTimers;
  const debounceMs = options.debounceMs ?? defaultDebounceMs;
  const logger = options.logger;
  const accountsFile = basename(options.accounts.path);
  const settingsFile = basename(options.settingsStore.path);
  const sitesFile = options.sites ? basename(options.sites.path) : null;

  let closed = false;
  let debounce: unknown;
  let fallback: unknown;
  // Reads run one after another, so a slow read never applies an older file over a newer one.
  let queue: Promise<void> = Promise.resolve();

  const reload = (): Promise<void> => {
    queue = queue.then(async () => {
      if (closed) {
        return;
      }
      await reloadAccounts(options).catch((error: unknown) =>
        logger.warn({ err: error }, 'could not re-read the accounts'),
      );
      await reloadSettings(options).catch((error: unknown) =>
        logger.warn({ err: error }, 'could not re-read the settings'),
      );
      await options.sites
        ?.reload()
        .catch((error: unknown) => logger.warn({ err: error }, 'could not re-read the sites'));
    });
    return queue;
  };

  const scheduleReload = () => {
    timers.clearTimeout(debounce);
    debounce = timers.setTimeout(() => void reload(), debounceMs);
  };

  const scheduleFallback = () => {
    fallback = timers.setTimeout(() => {
      void reload();
      if (!closed) {
        scheduleFallback();
      }
    }, options.intervalMs());
  };

  let watcher: FSWatcher | null = null;
  try {
    // The folder is watched, not the files: an atomic write replaces the file by a rename, and a
    // watch on the old file would see nothing after the first write.
    watcher = watch(dirname(options.accounts.path), (_event, name) => {
      // Some platforms report no file name; then either file may have changed.
      if (name === null || name === accountsFile || name === settingsFile || name === sitesFile) {
        scheduleReload();
      }
    });
    watcher.on('error', (error) => {
      logger.warn({ err: error }, 'watching the state folder failed; re-reading every poll');
      watcher?.close();
    });
  } catch (error) {
    logger.warn({ err: error }, 'could not watch the state folder; re-reading every poll');
  }
  scheduleFallback();

  return {
    reload,
    close: () => {
      closed = true;
      watcher?.close();
      timers.clearTimeout(debounce);
      timers.clearTimeout(fallback);
    },
  };
}

async function reloadAccounts(options: StateFilesWatchOptions): Promise<void> {
  const records = await options.accounts.list();
  if (isDeepStrictEqual(records, options.state.accountRecords())) {
    return;
  }
  const before = new Set(options.state.accountRecords().map((record) => record.id));
  options.state.setAccounts(records);
  // A new account's poller polls as soon as it starts, and a removed one's stops.
  options.feeds.sync(records);
  options.logger.info(
    {
      added: records.filter((record) => !before.has(record.id)).length,
      removed: [...before].filter((id) => !records.some((record) => record.id === id)).length,
    },
    'accounts changed in the state folder',
  );
}

async function reloadSettings(options: StateFilesWatchOptions): Promise<void> {
  const stored = await options.settingsStore.read();
  const previous = options.state.settings();
  if (!isDeepStrictEqual(stored.settings, previous)) {
    options.state.setSettings(stored.settings);
    options.logger.info('settings changed in the state folder');
    const refetch = refetchSettings.some((name) => previous[name] !== stored.settings[name]);
    if (refetch && options.feeds.isRunning()) {
      options.feeds
        .refetch()
        .catch((error: unknown) =>
          options.logger.error({ err: error }, 'refetch after settings failed'),
        );
    }
  }
  if (!isDeepStrictEqual(stored.filters, options.state.filters())) {
    options.state.setFilters(stored.filters);
  }
}
