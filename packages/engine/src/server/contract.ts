/**
 * The JSON the engine's local HTTP API sends and accepts. The app window imports these types
 * only (`import type`), so UI and engine cannot drift apart.
 *
 * Routes (all under the engine's loopback origin; every `/api` route needs the session cookie):
 * - `GET  /?launch=TOKEN`           exchanges the launch token for the session cookie, then redirects to `/`
 * - `GET  /api/snapshot`            the whole `Snapshot`
 * - `GET  /api/events`              Server-Sent Events: `snapshot` (data: Snapshot) on every change
 * - `POST /api/accounts/api-token`  body `ApiTokenSignInRequest` → 201 `AccountView`
 * - `DELETE /api/accounts/:id`      sign out → 204
 * - `GET  /api/oauth/settings`      → `OAuthSettingsView`
 * - `PUT  /api/oauth/settings`      body `OAuthSettingsRequest` → `OAuthSettingsView`
 * - `POST /api/oauth/sign-in`       body `OAuthSignInRequest` → 202 `OAuthSignInView` (progress also arrives in snapshots)
 * - `DELETE /api/oauth/sign-in`     cancel the running sign-in → 204
 * - `POST /api/notifications/read`   body `IdsRequest` → 204 (a group head marks its whole group)
 * - `POST /api/notifications/unread` body `IdsRequest` → 204
 * - `POST /api/notifications/mark`   body `MarkRequest` (ids, or a product and/or an account) → `MarkResultView`
 * - `POST /api/notifications/:id/open` opens the item in the default browser, marks it read per the
 *   settings → `OpenResultView`
 * - `POST /api/notifications-page/open` opens Atlassian's notifications page the same way →
 *   `{ url }`
 * - `GET  /api/notifications/:id/members` the members of a server-side group → `GroupMembersView`
 * - `POST /api/refresh`             polls every account now → 202
 * - `GET  /api/settings`            → `Settings`
 * - `PUT  /api/settings`            body `SettingsPatch` → `Settings` (applies at once; see `refetchSettings`)
 * - `PUT  /api/filters`             body `FiltersRequest` → `FilterState` (never fetches)
 * - `DELETE /api/filters`           clears every filter → `FilterState`
 * - `GET  /api/accounts/:id/sites`  → `AccountSiteView[]`
 * - `POST /api/accounts/:id/sites`  body `SiteRequest` → 201 `AccountSiteView`; 400 invalid host,
 *   409 SITE_ALREADY_ADDED, 404 SITE_NOT_FOUND when Atlassian resolves no site for the host
 * - `DELETE /api/accounts/:id/sites/:host` → 204; 404 SITE_NOT_FOUND when the account lacks it
 * - `DELETE /api/settings`          resets every setting to its default → `Settings`
 * - `POST /api/reset`               signs out every account (deleting its secrets) and deletes the
 *   saved OAuth client, settings, filters, added sites and alert state → 204
 * - `POST /api/demo/start`          starts `atlassify start --demo` as a separate process →
 *   201 `DemoStartView`; the window then opens its URL
 * - `POST /api/quit`                stops the engine's process after answering → 202
 * Errors: non-2xx with body `ApiError`.
 *
 * NOTE: fields added after the first window release are optional in these types, so window code
 * written before them still compiles. The engine always sends them.
 */
import type { AccountStatus, AuthMethod, Site } from '../accounts/account.ts';
import type { FilterState } from '../notifications/filters.ts';
import type {
  Notification,
  OpenUrlSource,
  ProductSlug,
  ReadState,
} from '../notifications/notification.ts';
import type { NotificationsView } from '../notifications/view.ts';
import type { Settings, SettingsPatch } from '../settings/settings.ts';

export interface ApiError {
  code: string;
  message: string;
  hint?: string;
  /** The request field the error is about, for inline form errors. */
  field?: string;
  details?: Record<string, string | number | boolean | undefined>;
}

export interface AccountView {
  id: string;
  email: string;
  name: string;
  avatarUrl: string | null;
  authMethod: AuthMethod;
  scopes: string[];
  sites: Site[];
  status: AccountStatus;
  credentialStore: 'keychain' | 'file';
  /** Sites the user added; each is fetched besides the unscoped feed. */
  siteHosts?: AccountSiteView[];
  /**
   * True for the demo's account. Its fake secrets are in a plain file in the demo folder, so
   * show "demo" instead of the plain-file warning of `credentialStore: 'file'`.
   */
  demo?: boolean;
}

export interface AccountSiteView {
  /** Lower-cased, such as `acme.atlassian.net`. */
  host: string;
  cloudId: string;
  addedAt: string;
}

/**
 * The list may be missing items: Atlassian sent GraphQL errors next to data, or one site's feed
 * failed while the others succeeded.
 */
export interface FeedWarning {
  kind: 'partial-results';
  message: string;
  cloudId: string | null;
  siteHost: string | null;
  /** The site for display: its host, else its cloud id; null when Atlassian named no site. */
  site: string | null;
  /** The HTTP status Atlassian reported for the error, when it did. */
  status: number | null;
}

/** A feed node that failed validation and is not in the list. */
export interface SkippedItemView {
  /** The notification id, else the group id, when the node had one. */
  id: string | null;
  /** The first field that failed and why, such as `headNotification.readState: Invalid option`. */
  reason: string;
}

export type FeedStatus = 'loading' | 'ok' | 'error';

/**
 * Whether the last poll reached Atlassian: `offline` for network failures and timeouts,
 * `rate-limited` for 429, `unavailable` for 5xx, `online` otherwise (other errors included).
 */
export type FeedConnection = 'online' | 'offline' | 'rate-limited' | 'unavailable';

export interface FeedView {
  accountId: string;
  status: FeedStatus;
  /** The last good list; kept while a later poll fails. */
  notifications: Notification[];
  /** Atlassian's `unseenNotificationCount`, for a badge. */
  unseenCount: number | null;
  /** More items exist on the server than were fetched (1,000 per site): show counts as "N+". */
  hasMore: boolean;
  fetchedAt: string | null;
  /** Set when the latest poll failed; `notifications` then contains the last good list. */
  error: ApiError | null;
  /** Partial results of the last good poll, each naming its site when known. */
  warnings?: FeedWarning[];
  /** Nodes of the last good poll that were malformed and left out. */
  skipped?: SkippedItemView[];
  /** True when the list was fetched unread-only. */
  unreadOnly?: boolean;
  /** Set by every poll; absent until the first poll ends, and then to be read as `online`. */
  connection?: FeedConnection;
  /** ISO date-time of the next try after a failed poll; null while polls succeed. */
  retryAt?: string | null;
}

export type OAuthSignInStatus =
  | 'idle'
  | 'waiting-for-browser'
  | 'exchanging'
  | 'succeeded'
  | 'failed'
  | 'cancelled';

export interface OAuthSignInView {
  status: OAuthSignInStatus;
  authorizeUrl: string | null;
  /** Set when status is `succeeded`. */
  accountId: string | null;
  /** Set when status is `failed`. */
  error: ApiError | null;
}

export interface OAuthSettingsView {
  clientId: string | null;
  hasClientSecret: boolean;
  /** Where the client id came from: flags/environment, the OAuth tab, or the distribution config. */
  source: 'environment' | 'settings' | 'distribution' | 'none';
  callbackUrl: string;
  scopes: string[];
}

export interface Snapshot {
  accounts: AccountView[];
  feeds: FeedView[];
  oauth: OAuthSignInView;
  /** True when the engine runs against the built-in simulator. */
  demo: boolean;
  version: string;
  settings?: Settings;
  filters?: FilterState;
  /** The list to show: `feeds` after the settings and filters, with counts. */
  view?: NotificationsView;
  /** The latest mark or open that failed and was rolled back, for a message to the user. */
  lastActionFailure?: ActionFailure | null;
}

export interface ActionFailure {
  action: 'mark-read' | 'mark-unread' | 'open';
  /** Rows the action was about. */
  count: number;
  error: ApiError;
  at: string;
}

export interface ApiTokenSignInRequest {
  email: string;
  token: string;
}

export interface OAuthSettingsRequest {
  clientId: string;
  /** Omit to keep the stored secret. */
  clientSecret?: string;
}

export interface OAuthSignInRequest {
  /** Override the configured client for this sign-in. */
  clientId?: string;
  clientSecret?: string;
}

export interface IdsRequest {
  ids: string[];
}

/**
 * Marks rows read or unread. Send `ids`, or `product` and/or `accountId` to mark every row of the
 * list (after the current filters) that matches. The window confirms with the user before marking a whole account.
 */
export interface MarkRequest {
  readState: ReadState;
  ids?: string[];
  product?: ProductSlug;
  accountId?: string;
}

export interface MarkResultView {
  /** Rows changed in the list. */
  rowCount: number;
  /** Distinct notification ids sent, group members included. */
  notificationCount: number;
  /** Mutations sent, each with at most 100 ids. */
  requestCount: number;
}

export interface OpenResultView {
  /** The https URL on an Atlassian host that was opened. */
  url: string;
  source: OpenUrlSource;
  markedRead: boolean;
  /**
   * True when the item had no usable link and Atlassian's notifications page was opened instead.
   * The item is then left unread.
   */
  noLinkAvailable: boolean;
}

export interface GroupMembersView {
  /** The head's notification id. */
  id: string;
  groupId: string;
  groupSize: number;
  /** Members newest first, the head included, read per the `fetchOnlyUnread` setting. */
  members: Notification[];
  /** Members that were malformed and left out. */
  skippedCount: number;
}

export type { FilterState, NotificationsView, Settings, SettingsPatch };

/** Any subset of the filter dimensions; the others keep their values. */
export type FiltersRequest = Partial<FilterState>;

export interface DemoStartView {
  /** The demo engine's launch URL, with its launch token. */
  url: string;
  /** The demo process, which keeps running until it is stopped from its window or with a signal. */
  pid: number;
}

export interface SiteRequest {
  /** A host name such as `acme.atlassian.net`, or a pasted site URL. */
  host: string;
}
