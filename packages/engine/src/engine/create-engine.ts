import { join } from 'node:path';

import {
  type AccountRecord,
  AccountRepository,
  signInWithApiToken,
  signOut,
} from '../accounts/index.ts';
import { openInBrowser } from '../browser/index.ts';
import type { AtlassianEndpoints } from '../config/endpoints.ts';
import type { SecretStore } from '../credentials/index.ts';
import type { Logger } from '../log/logger.ts';
import {
  createAlertStateFile,
  createAlertTracker,
  createDesktopNotifier,
} from '../notifier/index.ts';
import {
  type OAuthContext,
  OAuthCredentialProvider,
  readOAuthSettingsView,
  saveOAuthSettings,
} from '../oauth/index.ts';
import { AccountFeeds, type AlertOptions, type FeedOptions } from './account-feeds.ts';
import type { Engine } from './engine.ts';
import { EngineState, toAccountView } from './engine-state.ts';
import { NotificationActions } from './notification-actions.ts';
import { OAuthSession } from './oauth-session.ts';

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
}

function alertOptions(
  options: EngineOptions,
  openUrl: (url: string) => Promise<void>,
  logger: Logger,
): AlertOptions {
  const urlsByDesktopId = new Map<number, string>();
  const notifier = createDesktopNotifier({
    onUnavailable: (problem) =>
      logger.warn({ reason: problem.reason }, 'desktop notifications are unavailable'),
    onAction: (id) => {
      const url = urlsByDesktopId.get(id);
      if (url) {
        openUrl(url).catch((error: unknown) =>
          logger.warn({ err: error }, 'could not open a notification from its alert'),
        );
      }
    },
  });

  return {
    tracker: createAlertTracker({ store: createAlertStateFile(join(options.home, 'alerts.json')) }),
    notifier,
    onShown: (desktopId, url) => urlsByDesktopId.set(desktopId, url),
  };
}

/**
 * Builds the engine: accounts, credentials, one poller per account, desktop alerts and the
 * OAuth sign-in, behind the `Engine` interface that the HTTP server and the CLI use.
 */
export async function createEngine(options: EngineOptions): Promise<Engine> {
  const logger = options.logger.child({ module: 'engine' });
  const env = options.env ?? process.env;
  const openUrl = options.openUrl ?? ((url: string) => openInBrowser(url, { env }));
  const context: OAuthContext = {
    endpoints: options.endpoints,
    accounts: AccountRepository.forStateHome(options.home),
    secrets: options.secrets,
    stateHome: options.home,
    env,
  };

  const provider = new OAuthCredentialProvider(context);
  const state = new EngineState({
    demo: options.demo ?? false,
    version: options.version ?? '0.1.0',
  });
  const feeds = new AccountFeeds(
    provider,
    state,
    { unreadOnly: true, groupByTitle: true, ...options.feed },
    options.logger,
  );
  const actions = new NotificationActions(provider, state, feeds, openUrl, logger);

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
    openNotification: (id) => actions.open(id),
    refresh: () => feeds.pollAll(),
    start: async () => {
      feeds.start(
        options.desktopAlerts
          ? alertOptions(options, openUrl, options.logger.child({ module: 'notifier' }))
          : null,
      );
      logger.info({ accounts: state.snapshot().accounts.length }, 'engine started');
    },
    stop: async () => {
      feeds.stop();
      oauth.cancel();
      logger.info('engine stopped');
    },
  };
}
