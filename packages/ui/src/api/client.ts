import type {
  AccountSiteView,
  AccountView,
  ApiError,
  ApiTokenSignInRequest,
  DemoStartView,
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
} from './contract.ts';

/** A failed engine API call, carrying the engine's `ApiError` body. */
export class ApiRequestError extends Error {
  readonly error: ApiError;
  readonly status: number;

  constructor(error: ApiError, status: number) {
    super(error.message);
    this.name = 'ApiRequestError';
    this.error = error;
    this.status = status;
  }
}

function isApiError(value: unknown): value is ApiError {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}

/**
 * Reads the `ApiError` from a failed response. Bodies that are not an `ApiError` (the engine's
 * host guard responds in plain text) become one with the code `HTTP_<status>`.
 */
export async function readApiError(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  try {
    const body: unknown = JSON.parse(text);
    if (isApiError(body)) {
      return body;
    }
  } catch {
    // Not JSON, so the plain-text form below applies.
  }

  const message = text.trim() || `The Atlassify engine responded with HTTP ${response.status}.`;
  return { code: `HTTP_${response.status}`, message };
}

/** Turns anything a call threw into an `ApiError` for display. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiRequestError) {
    return error.error;
  }
  return {
    code: 'NETWORK',
    message: 'The Atlassify engine could not be reached.',
    hint: 'Check that `atlassify start` is still running, then try again.',
  };
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const init: RequestInit = {
    method,
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  };
  if (body !== undefined) {
    init.headers = { accept: 'application/json', 'content-type': 'application/json' };
    init.body = JSON.stringify(body);
  }

  const response = await fetch(`/api${path}`, init);
  if (!response.ok) {
    throw new ApiRequestError(await readApiError(response), response.status);
  }
  if (response.status === 204 || response.status === 202) {
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  return (await response.json()) as T;
}

/** The engine's HTTP API. Every route is same-origin and authenticated by the session cookie. */
export const api = {
  snapshot: () => request<Snapshot>('GET', '/snapshot'),
  signInWithApiToken: (body: ApiTokenSignInRequest) =>
    request<AccountView>('POST', '/accounts/api-token', body),
  signOut: (accountId: string) =>
    request<void>('DELETE', `/accounts/${encodeURIComponent(accountId)}`),
  oauthSettings: () => request<OAuthSettingsView>('GET', '/oauth/settings'),
  saveOAuthSettings: (body: OAuthSettingsRequest) =>
    request<OAuthSettingsView>('PUT', '/oauth/settings', body),
  startOAuthSignIn: (body: OAuthSignInRequest = {}) =>
    request<OAuthSignInView>('POST', '/oauth/sign-in', body),
  cancelOAuthSignIn: () => request<void>('DELETE', '/oauth/sign-in'),
  markRead: (ids: string[]) => request<void>('POST', '/notifications/read', { ids }),
  markUnread: (ids: string[]) => request<void>('POST', '/notifications/unread', { ids }),
  mark: (body: MarkRequest) => request<MarkResultView>('POST', '/notifications/mark', body),
  openNotification: (id: string) =>
    request<OpenResultView>('POST', `/notifications/${encodeURIComponent(id)}/open`),
  openNotificationsPage: () => request<{ url: string }>('POST', '/notifications-page/open'),
  groupMembers: (id: string) =>
    request<GroupMembersView>('GET', `/notifications/${encodeURIComponent(id)}/members`),
  refresh: () => request<void>('POST', '/refresh'),
  updateSettings: (patch: SettingsPatch) => request<Settings>('PUT', '/settings', patch),
  resetSettings: () => request<Settings>('DELETE', '/settings'),
  setFilters: (filters: FiltersRequest) => request<FilterState>('PUT', '/filters', filters),
  clearFilters: () => request<FilterState>('DELETE', '/filters'),
  addSite: (accountId: string, host: string) =>
    request<AccountSiteView>('POST', `/accounts/${encodeURIComponent(accountId)}/sites`, { host }),
  removeSite: (accountId: string, host: string) =>
    request<void>(
      'DELETE',
      `/accounts/${encodeURIComponent(accountId)}/sites/${encodeURIComponent(host)}`,
    ),
  resetEverything: () => request<void>('POST', '/reset'),
  startDemo: () => request<DemoStartView>('POST', '/demo/start'),
  quit: () => request<void>('POST', '/quit'),
};

/** The Server-Sent Events stream that sends a `snapshot` event on connect and on every change. */
export const eventsUrl = '/api/events';
