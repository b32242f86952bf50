import type { AccountRecord } from '../accounts/account.ts';
import { emptyFilters, type FilterState } from '../notifications/filters.ts';
import type { Notification } from '../notifications/notification.ts';
import { buildNotificationsView, viewFeedOf } from '../notifications/view.ts';
import type {
  AccountSiteView,
  AccountView,
  ActionFailure,
  FeedView,
  OAuthSignInView,
  Snapshot,
} from '../server/contract.ts';
import { defaultSettings, type Settings } from '../settings/settings.ts';

export const idleOAuthSignIn: OAuthSignInView = {
  status: 'idle',
  authorizeUrl: null,
  accountId: null,
  error: null,
};

export function toAccountView(
  record: AccountRecord,
  siteHosts: AccountSiteView[] = [],
): AccountView {
  return {
    id: record.id,
    email: record.email,
    name: record.name,
    avatarUrl: record.avatarUrl,
    authMethod: record.authMethod,
    scopes: record.scopes,
    sites: record.sites,
    status: record.status,
    credentialStore: record.credentialStore,
    siteHosts,
    demo: record.demo === true,
  };
}

export function emptyFeed(accountId: string): FeedView {
  return {
    accountId,
    status: 'loading',
    notifications: [],
    unseenCount: null,
    hasMore: false,
    fetchedAt: null,
    error: null,
    warnings: [],
    skipped: [],
    unreadOnly: true,
  };
}

/**
 * The engine's observable state: accounts, one feed per account, settings, filters and the OAuth
 * sign-in. Every change notifies the subscribers with a fresh snapshot, whose `view` is the list
 * projected from the feeds, settings and filters.
 */
export class EngineState {
  private records: AccountRecord[] = [];
  private accounts: AccountView[] = [];
  private siteHosts: Record<string, AccountSiteView[]> = {};
  private readonly feeds = new Map<string, FeedView>();
  private oauth: OAuthSignInView = idleOAuthSignIn;
  private currentSettings: Settings = { ...defaultSettings };
  private currentFilters: FilterState = { ...emptyFilters };
  private actionFailure: ActionFailure | null = null;
  private readonly listeners = new Set<(snapshot: Snapshot) => void>();

  constructor(private readonly meta: { demo: boolean; version: string }) {}

  snapshot(): Snapshot {
    const feeds = this.accounts.map(
      (account) => this.feeds.get(account.id) ?? emptyFeed(account.id),
    );
    return {
      accounts: this.accounts,
      feeds,
      oauth: this.oauth,
      demo: this.meta.demo,
      version: this.meta.version,
      settings: this.currentSettings,
      filters: this.currentFilters,
      view: buildNotificationsView(
        feeds.map(viewFeedOf),
        this.currentSettings,
        this.currentFilters,
      ),
      lastActionFailure: this.actionFailure,
    };
  }

  subscribe(listener: (snapshot: Snapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setAccounts(records: AccountRecord[]): void {
    this.records = records;
    this.accounts = records.map((record) => toAccountView(record, this.siteHosts[record.id]));
    for (const accountId of this.feeds.keys()) {
      if (!records.some((record) => record.id === accountId)) {
        this.feeds.delete(accountId);
      }
    }
    this.emit();
  }

  /** Replaces the added sites of every account. */
  setSiteHosts(siteHosts: Record<string, AccountSiteView[]>): void {
    this.siteHosts = siteHosts;
    this.setAccounts(this.records);
  }

  accountSites(accountId: string): AccountSiteView[] {
    return this.siteHosts[accountId] ?? [];
  }

  accountRecords(): AccountRecord[] {
    return this.records;
  }

  feed(accountId: string): FeedView | undefined {
    return this.feeds.get(accountId);
  }

  allFeeds(): FeedView[] {
    return [...this.feeds.values()];
  }

  setFeed(feed: FeedView): void {
    this.feeds.set(feed.accountId, feed);
    this.emit();
  }

  /** Changes notifications of one account in place; `change` returns the new version of each. */
  updateNotifications(
    accountId: string,
    change: (notification: Notification) => Notification,
  ): void {
    const feed = this.feeds.get(accountId);
    if (feed) {
      this.setFeed({ ...feed, notifications: feed.notifications.map(change) });
    }
  }

  settings(): Settings {
    return this.currentSettings;
  }

  setSettings(settings: Settings): void {
    this.currentSettings = settings;
    this.emit();
  }

  filters(): FilterState {
    return this.currentFilters;
  }

  setFilters(filters: FilterState): void {
    this.currentFilters = filters;
    this.emit();
  }

  setActionFailure(failure: ActionFailure | null): void {
    this.actionFailure = failure;
    this.emit();
  }

  oauthSignIn(): OAuthSignInView {
    return this.oauth;
  }

  setOAuthSignIn(view: OAuthSignInView): void {
    this.oauth = view;
    this.emit();
  }

  private emit(): void {
    const snapshot = this.snapshot();
    for (const listener of this.listeners) {
      listener(snapshot);
    }
  }
}
