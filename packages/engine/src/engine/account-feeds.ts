import type { AccountRecord } from '../accounts/account.ts';
import type { GraphqlWarning } from '../atlassian/graphql-result.ts';
import type { CredentialProvider } from '../credentials/atlassian-credential.ts';
import type { Logger } from '../log/logger.ts';
import { type FeedResult, fetchNotifications } from '../notifications/fetch-notifications.ts';
import type { Notification } from '../notifications/notification.ts';
import type { JiraProjectTypes } from '../notifications/project-types.ts';
import type { AlertDispatcher } from '../notifier/index.ts';
import {
  createPoller,
  createPollGroup,
  createSteadyStateFeed,
  type FeedHead,
  fetchFeedHead,
  type PollEvent,
  type Poller,
  type PollerState,
  type PollerTuning,
  type PollGroup,
  type PollGroupOptions,
  toFeedView,
} from '../poller/index.ts';
import type { FeedView, FeedWarning, SkippedItemView } from '../server/contract.ts';
import type { EngineState } from './engine-state.ts';

export interface FeedOptions {
  /**
   * Overrides the `fetchOnlyUnread` setting for this engine's lifetime, as `atlassify notifications
   * --all` does, without changing the stored setting.
   */
  unreadOnly?: boolean;
  /** Overrides the `groupByTitle` setting for this engine's lifetime. */
  groupByTitle?: boolean;
  /** Overrides the `pollIntervalSeconds` setting for this engine's lifetime. */
  pollIntervalMs?: number;
  /**
   * Timers, clocks, wake detection and retry limits of the pollers, which tests replace, and the
   * longest time between full fetches (0 fetches every page on every poll).
   */
  polling?: Pick<PollGroupOptions, 'timers' | 'clock' | 'wake'> &
    PollerTuning & { fullRefreshMs?: number };
}

/** The request options and the skipped nodes of an account's latest fetch. */
interface FetchRecord {
  unreadOnly: boolean;
  skipped: SkippedItemView[];
  /** `requestGeneration` when the fetch started. */
  generation: number;
}

/**
 * One poller per account. Every poll result lands in the engine state; after a successful poll
 * new unread items raise desktop alerts when alerts are on.
 */
export class AccountFeeds {
  private readonly pollers = new Map<string, Poller>();
  /** The pollers' shared interval, wake detection and reconnect news. */
  private readonly group: PollGroup;
  private alerts: AlertDispatcher | null = null;
  /** Alerts of finished polls, in order; `pollAll` and `poll` wait for them. */
  private alertQueue: Promise<void> = Promise.resolve();
  /** The feed view each account's poller set last; another one means the list changed in the app. */
  private readonly publishedFeeds = new Map<string, FeedView>();
  /** Accounts whose list changed in the app (marked read, say) since their last full fetch. */
  private readonly changedInApp = new Set<string>();
  private running = false;
  private readonly fetches = new Map<string, FetchRecord>();
  /** Site hosts by cloud id that earlier polls learned from item URLs, per account. */
  private readonly learnedSiteHosts = new Map<string, ReadonlyMap<string, string>>();
  /** Goes up whenever the request options change, so a poll with the old ones is detected. */
  private requestGeneration = 0;

  constructor(
    private readonly provider: CredentialProvider,
    private readonly state: EngineState,
    private readonly options: FeedOptions,
    private readonly logger: Logger,
    private readonly projectTypes?: JiraProjectTypes,
  ) {
    this.group = createPollGroup({ ...options.polling, intervalMs: this.intervalMs() });
    // A changed interval setting reschedules every poller at once.
    state.subscribe(() => this.group.setIntervalMs(this.intervalMs()));
  }

  private intervalMs(): number {
    return this.options.pollIntervalMs ?? this.state.settings().pollIntervalSeconds * 1000;
  }

  isRunning(): boolean {
    return this.running;
  }

  /** Returns the feed request options in force: the settings, unless this engine overrides them. */
  requestOptions(): { unreadOnly: boolean; groupByTitle: boolean } {
    const settings = this.state.settings();
    return {
      unreadOnly: this.options.unreadOnly ?? settings.fetchOnlyUnread,
      groupByTitle: this.options.groupByTitle ?? settings.groupByTitle,
    };
  }

  /**
   * Polls every account again after the request options or an account's sites changed. A poll
   * that was already running with the old options is followed by a fresh one.
   */
  async refetch(accountIds?: readonly string[]): Promise<void> {
    this.requestGeneration += 1;
    const generation = this.requestGeneration;
    const targets = [...this.pollers].filter(
      ([accountId]) => accountIds === undefined || accountIds.includes(accountId),
    );
    await Promise.all(
      targets.map(async ([accountId, poller]) => {
        await poller.pollNow();
        if ((this.fetches.get(accountId)?.generation ?? -1) < generation) {
          await poller.pollNow();
        }
      }),
    );
  }

  /** Keeps exactly one poller per account; removed accounts lose theirs. */
  sync(accounts: AccountRecord[]): void {
    for (const [accountId, poller] of this.pollers) {
      if (!accounts.some((account) => account.id === accountId)) {
        poller.stop();
        this.pollers.delete(accountId);
        this.publishedFeeds.delete(accountId);
        this.changedInApp.delete(accountId);
        this.learnedSiteHosts.delete(accountId);
        void this.alerts?.forget(accountId);
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

  /** Starts polling; `alerts` raises desktop alerts and the chime for new items, null none. */
  start(alerts: AlertDispatcher | null): void {
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
    void this.alerts?.close();
    this.alerts = null;
  }

  /** Polls every account now and waits for all of them and for the alerts they raise. */
  async pollAll(): Promise<void> {
    await Promise.all([...this.pollers.values()].map((poller) => poller.pollNow()));
    await this.alertQueue;
  }

  /** Polls one account now, if it has a poller, and waits for the alerts it raises. */
  async poll(accountId: string): Promise<void> {
    await this.pollers.get(accountId)?.pollNow();
    await this.alertQueue;
  }

  private createPollerFor(account: AccountRecord): Poller {
    const accountId = account.id;
    const feed = createSteadyStateFeed({
      fetchFull: (signal) => {
        this.changedInApp.delete(accountId);
        return this.fetchFeed(accountId, signal);
      },
      fetchHead: (signal) => this.fetchHead(accountId, signal),
      clock: this.group.clock,
      ...(this.options.polling?.fullRefreshMs === undefined
        ? {}
        : { fullRefreshMs: this.options.polling.fullRefreshMs }),
      isStale: () => this.changedInApp.has(accountId),
    });

    return createPoller({
      ...this.options.polling,
      accountId,
      group: this.group,
      logger: this.logger,
      fetchFeed: (signal, trigger) => feed.fetch(signal, trigger),
      onUpdate: (pollerState, event) => this.onPollUpdate(accountId, pollerState, event),
    });
  }

  /** Fetches the first page for the head check; null when the account has added sites. */
  private async fetchHead(accountId: string, signal: AbortSignal): Promise<FeedHead | null> {
    if (this.state.accountSites(accountId).length > 0) {
      return null;
    }
    return fetchFeedHead({ provider: this.provider, accountId, ...this.requestOptions(), signal });
  }

  private async fetchFeed(accountId: string, signal: AbortSignal): Promise<FeedResult> {
    const generation = this.requestGeneration;
    const request = this.requestOptions();
    const sites = this.state.accountSites(accountId);
    const result = await fetchNotifications({
      provider: this.provider,
      accountId,
      ...request,
      cloudIds: sites.map((site) => site.cloudId),
      siteHosts: this.siteHostsOf(accountId),
      ...(this.projectTypes ? { projectTypes: this.projectTypes } : {}),
      signal,
    });
    this.fetches.set(accountId, {
      unreadOnly: request.unreadOnly,
      skipped: result.skipped.map(({ id, reason }) => ({ id, reason })),
      generation,
    });
    if (result.siteHosts) {
      this.learnedSiteHosts.set(accountId, result.siteHosts);
    }
    return result;
  }

  /**
   * Site hosts by cloud id: those learned by earlier polls, the sites the user added and, for
   * OAuth, the granted ones.
   */
  private siteHostsOf(accountId: string): Map<string, string> {
    const hosts = new Map(this.learnedSiteHosts.get(accountId));
    const record = this.state.accountRecords().find((account) => account.id === accountId);
    for (const site of record?.sites ?? []) {
      hosts.set(site.cloudId, site.host.toLowerCase());
    }
    for (const site of this.state.accountSites(accountId)) {
      hosts.set(site.cloudId, site.host);
    }
    return hosts;
  }

  /** Builds the poller's view plus what only this engine has: warnings by site, skipped nodes. */
  private feedView(accountId: string, pollerState: PollerState): FeedView {
    const fetched = this.fetches.get(accountId);
    return {
      ...toFeedView(pollerState),
      warnings: (pollerState.data?.warnings ?? []).map(toFeedWarning),
      skipped: fetched?.skipped ?? [],
      unreadOnly: fetched?.unreadOnly ?? this.requestOptions().unreadOnly,
    };
  }

  private onPollUpdate(accountId: string, pollerState: PollerState, event: PollEvent): void {
    if (this.state.feed(accountId) !== this.publishedFeeds.get(accountId)) {
      this.changedInApp.add(accountId);
    }
    const view = this.feedView(accountId, pollerState);
    this.publishedFeeds.set(accountId, view);
    this.state.setFeed(view);
    if (event.type === 'poll-succeeded') {
      this.alertNewItems(accountId, pollerState.data?.notifications ?? []);
    }
    if (event.type === 'poll-failed' && event.error.code === 'SIGN_IN_REQUIRED') {
      this.onSignInRequired?.();
    }
    if (event.type === 'poll-succeeded' || event.type === 'poll-failed') {
      this.onPollFinished?.(accountId, event);
    }
  }

  /** Called when a poll found that an account needs signing in again, to reload the records. */
  onSignInRequired: (() => void) | undefined;

  /** Called after every finished poll, to keep the account's status in step with the feed. */
  onPollFinished: ((accountId: string, event: PollEvent) => void) | undefined;

  private alertNewItems(accountId: string, notifications: Notification[]): void {
    const alerts = this.alerts;
    if (!alerts) {
      return;
    }
    // The dispatcher never throws, so the queue never rejects.
    this.alertQueue = this.alertQueue.then(async () => {
      await alerts.handlePoll(accountId, notifications);
    });
  }
}

function toFeedWarning(warning: GraphqlWarning): FeedWarning {
  const siteHost = warning.siteHost ?? null;
  return {
    kind: 'partial-results',
    message: warning.message,
    cloudId: warning.cloudId,
    siteHost,
    site: siteHost ?? warning.cloudId,
    status: warning.status,
  };
}
