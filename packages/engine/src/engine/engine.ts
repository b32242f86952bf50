import type {
  AccountSiteView,
  AccountView,
  ApiError,
  ApiTokenSignInRequest,
  FilterState,
  FiltersRequest,
  GroupMembersView,
  MarkRequest,
  MarkResultView,
  OAuthSettingsRequest,
  OAuthSettingsView,
  OAuthSignInRequest,
  OAuthSignInView,
  OpenResultView,
  Settings,
  SettingsPatch,
  Snapshot,
} from '../server/contract.ts';

/**
 * Operations of a running engine, for the app window (through the HTTP server) and the CLI.
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

  /** Marks rows by id; a group head marks its whole group. Optimistic, rolled back on failure. */
  markRead(ids: string[]): Promise<MarkResultView>;
  markUnread(ids: string[]): Promise<MarkResultView>;
  /** Marks every shown row of a product and/or an account; confirming is the caller's job. */
  markMatching(request: Omit<MarkRequest, 'ids'>): Promise<MarkResultView>;
  /**
   * Opens the item's safe URL in the default browser and marks it read when the `markAsReadOnOpen`
   * setting is on and the item had a link of its own.
   */
  openNotification(id: string): Promise<OpenResultView>;
  /** Opens Atlassian's notifications page in the default browser, as an item's link opens. */
  openNotificationsPage(): Promise<{ url: string }>;
  /** Fetches the members of a row's server-side group. */
  groupMembers(id: string): Promise<GroupMembersView>;
  /** Polls every account now and resolves when every poll has finished. */
  refresh(): Promise<void>;

  getSettings(): Settings;
  /** Stores and applies a settings change at once; a change to the request fetches again. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** Stores and applies filter changes; never sends a request to Atlassian. */
  setFilters(filters: FiltersRequest): Promise<FilterState>;
  clearFilters(): Promise<FilterState>;

  listSites(accountId: string): AccountSiteView[];
  /** Resolves and adds a site host (or a pasted URL) to an account, then fetches its feed. */
  addSite(accountId: string, host: string): Promise<AccountSiteView>;
  /** Removes a site by host name or pasted URL from an account, and returns its host. */
  removeSite(accountId: string, host: string): Promise<string>;

  /**
   * Signs out every account, deleting its secrets, and deletes the saved OAuth client, settings,
   * filters, added sites and alert state, as on a first start.
   */
  resetEverything(): Promise<void>;

  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface OAuthSignInHandle {
  authorizeUrl: string;
  /**
   * Set when `openBrowser: false` and the callback port is busy: why the browser cannot return
   * by itself. Only `completeWithRedirectUrl` can then finish the sign-in.
   */
  callbackProblem?: ApiError | null;
  result: Promise<AccountView>;
  cancel(): void;
  completeWithRedirectUrl(url: string): Promise<AccountView>;
}
