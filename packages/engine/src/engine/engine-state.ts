import type { AccountRecord } from '../accounts/account.ts';
import type { AccountView, FeedView, OAuthSignInView, Snapshot } from '../server/contract.ts';

export const idleOAuthSignIn: OAuthSignInView = {
  status: 'idle',
  authorizeUrl: null,
  accountId: null,
  error: null,
};

export function toAccountView(record: AccountRecord): AccountView {
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
  };
}

/**
 * The engine's observable state: accounts, one feed per account and the OAuth sign-in. Every
 * change notifies the subscribers with a fresh snapshot.
 */
export class EngineState {
  private accounts: AccountView[] = [];
  private readonly feeds = new Map<string, FeedView>();
  private oauth: OAuthSignInView = idleOAuthSignIn;
  private readonly listeners = new Set<(snapshot: Snapshot) => void>();

  constructor(private readonly meta: { demo: boolean; version: string }) {}

  snapshot(): Snapshot {
    return {
      accounts: this.accounts,
      feeds: this.accounts.map((account) => this.feeds.get(account.id) ?? emptyFeed(account.id)),
      oauth: this.oauth,
      demo: this.meta.demo,
      version: this.meta.version,
    };
  }

  subscribe(listener: (snapshot: Snapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  setAccounts(records: AccountRecord[]): void {
    this.accounts = records.map(toAccountView);
    for (const accountId of this.feeds.keys()) {
      if (!records.some((record) => record.id === accountId)) {
        this.feeds.delete(accountId);
      }
    }
    this.emit();
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
