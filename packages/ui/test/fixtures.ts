import { emptyFilters } from '../../engine/src/notifications/filters.ts';
import { buildNotificationsView, viewFeedOf } from '../../engine/src/notifications/view.ts';
import { defaultSettings } from '../../engine/src/settings/settings.ts';
import type { AccountView, FeedView, Notification, Snapshot } from '../src/api/contract.ts';

export function makeNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'n-1',
    accountId: 'account-1',
    groupId: 'group-1',
    groupSize: 1,
    additionalActors: [],
    timestamp: '2025-06-01T11:55:00.000Z',
    readState: 'unread',
    category: 'direct',
    product: 'jira',
    type: 'jira-issue-assigned',
    message: 'Alice assigned you NIM-42',
    actor: { displayName: 'Alice', avatarUrl: null },
    entity: { title: 'NIM-42: Fix sign-in', url: null, iconUrl: null },
    path: { title: 'Nimbus Platform', url: null, iconUrl: null },
    url: null,
    cloudId: null,
    openUrl: 'https://nimbus.atlassian.net/browse/NIM-42',
    ...overrides,
  };
}

export function makeAccount(overrides: Partial<AccountView> = {}): AccountView {
  return {
    id: 'account-1',
    email: 'dana@example.com',
    name: 'Dana Demo',
    avatarUrl: null,
    authMethod: 'api-token',
    scopes: [],
    sites: [],
    status: 'ok',
    credentialStore: 'keychain',
    ...overrides,
  };
}

export function makeFeed(overrides: Partial<FeedView> = {}): FeedView {
  return {
    accountId: 'account-1',
    status: 'ok',
    notifications: [],
    unseenCount: 0,
    hasMore: false,
    fetchedAt: '2025-06-01T11:59:00.000Z',
    error: null,
    ...overrides,
  };
}

/** The reference time of the fixtures, five minutes after `makeNotification`'s timestamp. */
export const fixtureNow = new Date('2025-06-01T12:00:00.000Z');

/**
 * Builds a snapshot as the engine sends it: the list view is computed by the engine's own
 * projection from the feeds, the settings and the filters.
 */
export function makeSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  const accounts = overrides.accounts ?? [];
  const feeds = overrides.feeds ?? [];
  const settings = overrides.settings ?? { ...defaultSettings };
  const filters = overrides.filters ?? { ...emptyFilters };
  return {
    oauth: { status: 'idle', authorizeUrl: null, accountId: null, error: null },
    demo: false,
    version: '0.1.0',
    lastActionFailure: null,
    ...overrides,
    accounts,
    feeds,
    settings,
    filters,
    view: buildNotificationsView(feeds.map(viewFeedOf), settings, filters),
  };
}
