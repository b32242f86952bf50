import type { AccountRecord } from '../accounts/account.ts';
import type { CredentialProvider } from '../credentials/atlassian-credential.ts';
import { isAtlassifyError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import { fetchNotifications } from '../notifications/fetch-notifications.ts';
import type { Notification } from '../notifications/notification.ts';
import type { AlertTracker, DesktopNotifier } from '../notifier/index.ts';
import { raiseAlerts } from '../notifier/index.ts';
import { createPoller, type Poller, toFeedView } from '../poller/index.ts';
import type { EngineState } from './engine-state.ts';

export interface FeedOptions {
  /** Fetch unread items only (the default), or read ones too. */
  unreadOnly: boolean;
  /** Let the server group related items under one head item. */
  groupByTitle: boolean;
  pollIntervalMs?: number;
}

export interface AlertOptions {
  tracker: AlertTracker;
  notifier: DesktopNotifier;
  /** Maps a shown desktop notification id to the URL its "Open" action opens. */
  onShown: (desktopId: number, openUrl: string) => void;
}

/**
 * One poller per account. Every poll result lands in the engine state; after a successful poll
 * new unread items raise desktop alerts when alerts are on.
 */
export class AccountFeeds {
  private readonly pollers = new Map<string, Poller>();
  private alerts: AlertOptions | null = null;
  private running = false;

  constructor(
    private readonly provider: CredentialProvider,
    private readonly state: EngineState,
    private readonly options: FeedOptions,
    private readonly logger: Logger,
  ) {}

  /** Keeps exactly one poller per account; removed accounts lose theirs. */
  sync(accounts: AccountRecord[]): void {
    for (const [accountId, poller] of this.pollers) {
      if (!accounts.some((account) => account.id === accountId)) {
        poller.stop();
        this.pollers.delete(accountId);
        void this.alerts?.tracker.forget(accountId);
      }
    }

    for (const account of accounts) {
      if (!this.pollers.has(account.id)) {
        const poller = this.createPollerFor(account);
        this.pollers.set(account.id, poller);
        if (this.running) {
          poller.start();
        }
      }
    }
  }

  start(alerts: AlertOptions | null): void {
    this.alerts = alerts;
    this.running = true;
    for (const poller of this.pollers.values()) {
      poller.start();
    }
  }

  stop(): void {
    this.running = false;
    for (const poller of this.pollers.values()) {
      poller.stop();
    }
  }

  /** Polls every account now and waits for all of them. */
  async pollAll(): Promise<void> {
    await Promise.all([...this.pollers.values()].map((poller) => poller.pollNow()));
  }

  /** Polls one account now, if it has a poller. */
  async poll(accountId: string): Promise<void> {
    await this.pollers.get(accountId)?.pollNow();
  }

  private createPollerFor(account: AccountRecord): Poller {
    const accountId = account.id;

    return createPoller({
      accountId,
      logger: this.logger,
      ...(this.options.pollIntervalMs === undefined
        ? {}
        : { intervalMs: this.options.pollIntervalMs }),
      fetchFeed: (signal) =>
        fetchNotifications({
          provider: this.provider,
          accountId,
          unreadOnly: this.options.unreadOnly,
          groupByTitle: this.options.groupByTitle,
          cloudIds: [],
          signal,
        }),
      onUpdate: (pollerState, event) => {
        this.state.setFeed(toFeedView(pollerState));
        if (event.type === 'poll-succeeded') {
          void this.alertNewItems(accountId, pollerState.data?.notifications ?? []);
        }
        if (event.type === 'poll-failed' && event.error.code === 'SIGN_IN_REQUIRED') {
          this.onSignInRequired?.();
        }
      },
    });
  }

  /** Called when a poll found that an account needs signing in again, to reload the records. */
  onSignInRequired: (() => void) | undefined;

  private async alertNewItems(accountId: string, notifications: Notification[]): Promise<void> {
    if (!this.alerts) {
      return;
    }

    try {
      const raised = await raiseAlerts({
        tracker: this.alerts.tracker,
        notifier: this.alerts.notifier,
        accountId,
        notifications,
      });
      for (const { alert, outcome } of raised) {
        if (outcome.status === 'shown') {
          this.alerts.onShown(outcome.id, alert.openUrl);
        }
      }
    } catch (error) {
      this.logger.error(
        { accountId, code: isAtlassifyError(error) ? error.code : undefined, err: error },
        'desktop alerts failed',
      );
    }
  }
}
