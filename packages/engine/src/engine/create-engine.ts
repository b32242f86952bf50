import { join } from 'node:path';

import {
  type AccountRecord,
  AccountRepository,
  signInWithApiToken,
  signOut,
} from '../accounts/index.ts';
import { applyLaunchAtLoginChange, type LaunchAtLogin } from '../autostart/index.ts';
import { openInBrowser } from '../browser/index.ts';
import type { AtlassianEndpoints } from '../config/endpoints.ts';
import type { SecretStore } from '../credentials/index.ts';
import { ErrorCode, isAtlassifyError, type StorageError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import { emptyFilters, mergeFilters } from '../notifications/filters.ts';
import { notificationsPageUrl } from '../notifications/links.ts';
import { JiraProjectTypes } from '../notifications/project-types.ts';
import {
  type AlertDispatcher,
  createAlertDispatcher,
  createAlertStateFile,
  createAlertTracker,
  createDesktopNotifier,
  createSoundPlayer,
} from '../notifier/index.ts';
import {
  type OAuthContext,
  OAuthCredentialProvider,
  readOAuthSettingsView,
  saveOAuthSettings,
} from '../oauth/index.ts';
import { AccountSitesStore } from '../settings/account-sites.ts';
import { defaultSettings, refetchSettings } from '../settings/settings.ts';
import { SettingsStore } from '../settings/settings-store.ts';
import { createTaskQueue } from '../store/task-queue.ts';
import { AccountFeeds, type FeedOptions } from './account-feeds.ts';
import { AccountSiteActions } from './account-site-actions.ts';
import { syncNotificationsStatus } from './account-status.ts';
import type { Engine } from './engine.ts';
import { EngineState, toAccountView } from './engine-state.ts';
import { NotificationActions } from './notification-actions.ts';
import { OAuthSession } from './oauth-session.ts';
import { resetEverything } from './reset-everything.ts';
import { type StateFilesWatch, watchStateFiles } from './state-files-watch.ts';

export interface EngineOptions {
  /** The state home for non-secret state (`ATLASSIFY_HOME`). */
  home: string;
  endpoints: AtlassianEndpoints;
  secrets: SecretStore;
  logger: Logger;
  /** Read for the OAuth client and callback variables and `BROWSER`. */
  env?: NodeJS.ProcessEnv;
  /** True when running against the built-in simulator. */
  demo?: boolean;
  version?: string;
  /** Opens links and the OAuth authorize page; `$BROWSER` or the OS default by default. */
  openUrl?: (url: string) => Promise<void>;
  feed?: Partial<FeedOptions>;
  /** Raise desktop notifications for new unread items while started. */
  desktopAlerts?: boolean;
  /** Writes the launch-at-login entry when `launchAtLogin` changes; without it, changes fail. */
  launchAtLogin?: LaunchAtLogin;
}

/**
 * Builds the desktop alerts: the tracker of alerted items, the desktop notifier and the chime.
 * The alert settings are read from the engine state at every poll, so changes apply at once.
 * A click or the Open button opens the item; Mark as read marks it through the engine.
 */
function createAlerts(
  options: EngineOptions,
  state: EngineState,
  actions: {
    openUrl: (url: string) => Promise<void>;
    markRead: (ids: string[]) => Promise<unknown>;
  },
  logger: Logger,
): AlertDispatcher {
  const notifier = createDesktopNotifier({
    onUnavailable: (problem) =>
      logger.warn({ reason: problem.reason }, 'desktop notifications are unavailable'),
    onAction: (id, action) => void dispatcher.handleAction(id, action),
  });
  const dispatcher = createAlertDispatcher({
    tracker: createAlertTracker({ store: createAlertStateFile(join(options.home, 'alerts.json')) }),
    notifier,
    sound: createSoundPlayer({ logger }),
    settings: () => state.settings(),
    openUrl: actions.openUrl,
    markRead: actions.markRead,
    logger,
  });
  return dispatcher;
}

function reportStateFileProblem(logger: Logger, error: StorageError): void {
  logger.warn(
    { code: error.code, path: error.details.path, movedTo: error.details.movedTo },
    'a state file could not be used; Atlassify continues with defaults',
  );
}

/**
 * Builds the engine: accounts, credentials, one poller per account, desktop alerts and the
 * OAuth sign-in, behind the `Engine` interface that the HTTP server and the CLI use.
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const logger = options.logger.child({ module: 'engine' });
  const env = options.env ?? process.env;
  // The state is read at call time, so a change of the openLinks setting applies at once.
  const openUrl =
    options.openUrl ??
    ((url: string) =>
      openInBrowser(url, { env, background: state.settings().openLinks === 'background' }));
  const context: OAuthContext = {
    endpoints: options.endpoints,
    accounts: AccountRepository.forStateHome(options.home),
    secrets: options.secrets,
    stateHome: options.home,
    env,
    demo: options.demo ?? false,
  };

  const provider = new OAuthCredentialProvider(context);
  const state = new EngineState({
    demo: options.demo ?? false,
    version: options.version ?? '0.1.0',
  });
  const settingsStore = SettingsStore.forStateHome(options.home, {
    onProblem: (error) => reportStateFileProblem(logger, error),
  });
  const stored = await settingsStore.read();
  state.setSettings(stored.settings);
  state.setFilters(stored.filters);

  // A lookup that fails fails again every poll, so each kind of failure is logged once at warn.
  const loggedLookupFailures = new Set<string>();
  const projectTypes = new JiraProjectTypes({
    apiBaseUrl: options.endpoints.apiBaseUrl,
    onLookupFailed: ({ what, error }) => {
      const code = isAtlassifyError(error) ? error.code : 'UNEXPECTED';
      const level = loggedLookupFailures.has(`${what}:${code}`) ? 'debug' : 'warn';
      loggedLookupFailures.add(`${what}:${code}`);
      logger[level](
        { what, code, err: error },
        'Jira project type lookup failed; the item stays Jira',
      );
    },
  });
  const feeds = new AccountFeeds(provider, state, options.feed ?? {}, options.logger, projectTypes);
  const actions = new NotificationActions(provider, state, feeds, openUrl, logger);
  const sites = new AccountSiteActions(
    provider,
    AccountSitesStore.forStateHome(options.home, {
      onProblem: (error) => reportStateFileProblem(logger, error),
    }),
    state,
    (accountId) => {
      if (feeds.isRunning()) {
        feeds
          .refetch([accountId])
          .catch((error: unknown) => logger.error({ err: error, accountId }, 'refetch failed'));
      }
    },
    logger,
  );
  await sites.load();

  const reloadAccounts = async (): Promise<AccountRecord[]> => {
    const records = await context.accounts.list();
    state.setAccounts(records);
    feeds.sync(records);
    return records;
  };
  feeds.onSignInRequired = () => {
    reloadAccounts().catch((error: unknown) =>
      logger.error({ err: error }, 'could not reload accounts'),
    );
  };
  feeds.onPollFinished = (accountId, event) => {
    const refused =
      event.type === 'poll-failed' &&
      event.error.code === ErrorCode.notificationsUnavailableWithOAuth;
    syncNotificationsStatus(context.accounts, accountId, refused)
      .then((changed) => (changed ? reloadAccounts() : undefined))
      .catch((error: unknown) =>
        logger.error({ err: error, accountId }, 'could not update the account status'),
      );
  };
  const afterSignIn = async (record: AccountRecord) => {
    await reloadAccounts();
    feeds
      .poll(record.id)
      .catch((error: unknown) =>
        logger.error({ err: error, accountId: record.id }, 'first poll failed'),
      );
  };
  const oauth = new OAuthSession(
    context,
    state,
    openUrl,
    afterSignIn,
    options.logger.child({ module: 'oauth' }),
  );

  await reloadAccounts();
  // Set while started: applies accounts and settings that other processes change.
  let stateFiles: StateFilesWatch | null = null;
  // The settings file's lock lets its waiters in by polling, in no set order, so without this a
  // quick series of changes from the window could end on an older one.
  const settingsChanges = createTaskQueue();

  return {
    snapshot: () => state.snapshot(),
    subscribe: (listener) => state.subscribe(listener),
    signInWithApiToken: async (request) => {
      const record = await signInWithApiToken(request, context);
      logger.info({ accountId: record.id }, 'signed in with an API token');
      await afterSignIn(record);
      return toAccountView(record);
    },
    signOut: async (accountId) => {
      await signOut(accountId, context);
      logger.info({ accountId }, 'signed out');
      await reloadAccounts();
      await sites.forget(accountId);
    },
    getOAuthSettings: () => readOAuthSettingsView(context),
    saveOAuthSettings: async (request) => {
      await saveOAuthSettings(request, context);
      return readOAuthSettingsView(context);
    },
    startOAuthSignIn: (request) => oauth.start(request),
    beginOAuthSignIn: (request) => oauth.begin(request),
    cancelOAuthSignIn: () => oauth.cancel(),
    markRead: (ids) => actions.mark(ids, 'read'),
    markUnread: (ids) => actions.mark(ids, 'unread'),
    markMatching: ({ readState, ...selector }) => actions.markMatching(selector, readState),
    openNotification: (id) => actions.open(id),
    openNotificationsPage: async () => {
      await openUrl(notificationsPageUrl);
      logger.info('opened the notifications page');
      return { url: notificationsPageUrl };
    },
    groupMembers: (id) => actions.groupMembers(id),
    refresh: () => feeds.pollAll(),
    getSettings: () => state.settings(),
    updateSettings: (patch) =>
      settingsChanges.run(async () => {
        const previous = state.settings();
        await applyLaunchAtLoginChange(
          options.launchAtLogin,
          previous.launchAtLogin,
          patch.launchAtLogin,
        );
        const next = await settingsStore.updateSettings(patch);
        state.setSettings(next);
        const refetch = refetchSettings.some((name) => previous[name] !== next[name]);
        if (refetch && feeds.isRunning()) {
          feeds
            .refetch()
            .catch((error: unknown) =>
              logger.error({ err: error }, 'refetch after settings failed'),
            );
        }
        return next;
      }),
    setFilters: async (request) => {
      const next = await settingsStore.setFilters(mergeFilters(state.filters(), request));
      state.setFilters(next);
      return next;
    },
    clearFilters: async () => {
      const next = await settingsStore.setFilters({ ...emptyFilters });
      state.setFilters(next);
      return next;
    },
    listSites: (accountId) => sites.list(accountId),
    addSite: (accountId, host) => sites.add(accountId, host),
    removeSite: (accountId, host) => sites.remove(accountId, host),
    resetEverything: () =>
      resetEverything({
        context,
        forgetSites: (accountId) => sites.forget(accountId),
        resetSettingsAndFilters: () => {
          state.setSettings({ ...defaultSettings });
          state.setFilters({ ...emptyFilters });
        },
        reloadAccounts,
        ...(options.launchAtLogin
          ? { disableLaunchAtLogin: () => (options.launchAtLogin as LaunchAtLogin).apply(false) }
          : {}),
        logger,
      }),
    start: async () => {
      const alerts = options.desktopAlerts
        ? createAlerts(
            options,
            state,
            {
              openUrl,
              markRead: async (ids) => {
                await actions.mark(ids, 'read');
              },
            },
            options.logger.child({ module: 'notifier' }),
          )
        : null;
      feeds.start(alerts);
      stateFiles ??= watchStateFiles({
        accounts: context.accounts,
        settingsStore,
        sites: { path: join(options.home, 'account-sites.json'), reload: () => sites.reload() },
        state,
        feeds,
        logger,
        intervalMs: () =>
          options.feed?.pollIntervalMs ?? state.settings().pollIntervalSeconds * 1000,
      });
      logger.info({ accounts: state.snapshot().accounts.length }, 'engine started');
    },
    stop: async () => {
      stateFiles?.close();
      stateFiles = null;
      feeds.stop();
      oauth.cancel();
      logger.info('engine stopped');
    },
  };
}
