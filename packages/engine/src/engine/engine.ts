import type {
  AccountView,
  ApiTokenSignInRequest,
  OAuthSettingsRequest,
  OAuthSettingsView,
  OAuthSignInRequest,
  OAuthSignInView,
  Snapshot,
} from '../server/contract.ts';

/**
 * What the app window (through the HTTP server) and the CLI can ask of a running engine.
 * Every method keeps secrets inside the engine.
 */
export interface Engine {
  snapshot(): Snapshot;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: (snapshot: Snapshot) => void): () => void;

  signInWithApiToken(request: ApiTokenSignInRequest): Promise<AccountView>;
  signOut(accountId: string): Promise<void>;

  getOAuthSettings(): Promise<OAuthSettingsView>;
  saveOAuthSettings(request: OAuthSettingsRequest): Promise<OAuthSettingsView>;
  /** Starts the browser sign-in; progress arrives in later snapshots. */
  startOAuthSignIn(request: OAuthSignInRequest): Promise<OAuthSignInView>;
  /**
   * Starts the browser sign-in for a caller that waits for it (the CLI). `openBrowser: false`
   * only prints; the user may paste the redirected URL into `completeWithRedirectUrl`.
   */
  beginOAuthSignIn(
    request: OAuthSignInRequest & { openBrowser: boolean },
  ): Promise<OAuthSignInHandle>;
  cancelOAuthSignIn(): void;

  markRead(ids: string[]): Promise<void>;
  markUnread(ids: string[]): Promise<void>;
  /** Opens the item's safe URL in the default browser and marks it read. */
  openNotification(id: string): Promise<void>;
  /** Polls every account now and resolves when every poll has finished. */
  refresh(): Promise<void>;

  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface OAuthSignInHandle {
  authorizeUrl: string;
  result: Promise<AccountView>;
  cancel(): void;
  completeWithRedirectUrl(url: string): Promise<AccountView>;
}
