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
 * - `POST /api/notifications/read`   body `IdsRequest` → 204
 * - `POST /api/notifications/unread` body `IdsRequest` → 204
 * - `POST /api/notifications/:id/open` opens the item in the default browser (and marks it read) → 204
 * - `POST /api/refresh`             polls every account now → 202
 * Errors: non-2xx with body `ApiError`.
 */
import type { AccountStatus, AuthMethod, Site } from '../accounts/account.ts';
import type { Notification } from '../notifications/notification.ts';

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
}

export type FeedStatus = 'loading' | 'ok' | 'error';

export interface FeedView {
  accountId: string;
  status: FeedStatus;
  /** The last good list; kept while a later poll fails. */
  notifications: Notification[];
  unseenCount: number | null;
  /** More unread items exist on the server than were fetched. */
  hasMore: boolean;
  fetchedAt: string | null;
  error: ApiError | null;
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
