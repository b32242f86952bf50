import {
  applyFilters,
  countFilterValues,
  type FilterCounts,
  type FilterState,
  hasActiveFilters,
} from './filters.ts';
import { groupByProduct } from './group-by-product.ts';
import type { Notification, ProductSlug } from './notification.ts';
import { productDisplayNames } from './product.ts';

/** Badge counts above this show as "999+". */
export const maxShownCount = 999;

/** The settings the list projection reads. */
export interface ViewSettings {
  groupByProduct: boolean;
  groupByProductAlphabetically: boolean;
  keepActionedVisible: boolean;
}

/** The parts of one account's feed that the projection reads. */
export interface ViewFeed {
  accountId: string;
  status: 'loading' | 'ok' | 'error';
  notifications: readonly Notification[];
  hasMore: boolean;
  unseenCount: number | null;
  fetchedAt: string | null;
  /** True when the list was fetched unread-only, so items marked read may leave it. */
  unreadOnly: boolean;
}

export interface ProductGroupView {
  product: ProductSlug;
  displayName: string;
  /** Row ids in display order. */
  ids: string[];
}

/**
 * The state of an account's list. `loading`: no list yet. `list`: rows to show.
 * `all-caught-up`: nothing unread or nothing at all. `no-matches`: rows exist but the filters hide
 * them. `could-not-refresh`: the last poll failed and there is nothing to show, so the window must
 * never claim the user is caught up.
 */
export type ListState = 'loading' | 'list' | 'all-caught-up' | 'no-matches' | 'could-not-refresh';

export interface AccountListView {
  accountId: string;
  /** Visible row ids (group heads), in display order: after filters and the actioned rule. */
  ids: string[];
  /** Rows per product, in section order; null unless grouping by product. */
  productGroups: ProductGroupView[] | null;
  rowCount: number;
  /** Unread notifications in the visible rows; a group head counts every member of its group. */
  unreadCount: number;
  /** `unreadCount` for a badge: "999+" past 999, a "+" when the server has more than was fetched. */
  unreadLabel: string;
  hasMore: boolean;
  unseenCount: number | null;
  listState: ListState;
  /** The last poll failed; the rows, if any, are from the last good poll. */
  refreshFailed: boolean;
}

/** The list as the window and the CLI show it, computed from the feeds, settings and filters. */
export interface NotificationsView {
  accounts: AccountListView[];
  rowCount: number;
  unreadCount: number;
  unreadLabel: string;
  hasMore: boolean;
  /** Atlassian's unseen counts added up; null when no feed reported one. */
  unseenCount: number | null;
  filtersActive: boolean;
  /** Rows per filter value, over every account's rows before filtering. */
  filterCounts: FilterCounts;
}

/** Reads what the projection needs from a feed of the API (`FeedView`). */
export function viewFeedOf(
  feed: Omit<ViewFeed, 'unreadOnly'> & { unreadOnly?: boolean },
): ViewFeed {
  return {
    accountId: feed.accountId,
    status: feed.status,
    notifications: feed.notifications,
    hasMore: feed.hasMore,
    unseenCount: feed.unseenCount,
    fetchedAt: feed.fetchedAt,
    unreadOnly: feed.unreadOnly ?? true,
  };
}

/** Formats a count for a badge: "999+" past 999, and a "+" when the server has more. */
export function formatCount(count: number, hasMore: boolean): string {
  if (count > maxShownCount) {
    return `${maxShownCount}+`;
  }
  return hasMore ? `${count}+` : String(count);
}

/**
 * Returns the rows an account's list can show before filters. In an unread-only list, items marked read
 * leave at once unless `keepActionedVisible` is on; then they stay until the next poll replaces
 * the list.
 */
export function listableRows(feed: ViewFeed, settings: ViewSettings): Notification[] {
  if (feed.unreadOnly && !settings.keepActionedVisible) {
    return feed.notifications.filter((notification) => notification.readState === 'unread');
  }
  return [...feed.notifications];
}

/** Builds the list projection. Pure: it makes no request and changes nothing. */
export function buildNotificationsView(
  feeds: readonly ViewFeed[],
  settings: ViewSettings,
  filters: FilterState,
): NotificationsView {
  const filtersActive = hasActiveFilters(filters);
  const listable = feeds.map((feed) => listableRows(feed, settings));
  const accounts = feeds.map((feed, index) =>
    accountView(feed, listable[index] ?? [], settings, filters, filtersActive),
  );

  const unreadCount = sum(accounts.map((account) => account.unreadCount));
  const hasMore = accounts.some((account) => account.hasMore);
  const unseenCounts = accounts
    .map((account) => account.unseenCount)
    .filter((count) => count !== null);
  return {
    accounts,
    rowCount: sum(accounts.map((account) => account.rowCount)),
    unreadCount,
    unreadLabel: formatCount(unreadCount, hasMore),
    hasMore,
    unseenCount: unseenCounts.length > 0 ? sum(unseenCounts) : null,
    filtersActive,
    filterCounts: countFilterValues(listable.flat(), filters),
  };
}

function accountView(
  feed: ViewFeed,
  listable: Notification[],
  settings: ViewSettings,
  filters: FilterState,
  filtersActive: boolean,
): AccountListView {
  const rows = applyFilters(listable, filters);
  const productGroups = settings.groupByProduct
    ? groupByProduct(rows, {
        order: settings.groupByProductAlphabetically ? 'alphabetical' : 'first-seen',
      }).map((group) => ({
        product: group.product,
        displayName: productDisplayNames[group.product],
        ids: group.notifications.map((notification) => notification.id),
      }))
    : null;
  const ids = productGroups
    ? productGroups.flatMap((group) => group.ids)
    : rows.map((notification) => notification.id);
  // NOTE: a group's size counts its members in the fetched read state. When read items are
  // fetched too, an unread head also counts its read members, so this count can be too high.
  // The members' own read states are known only once the group is expanded.
  const unreadCount = sum(
    rows
      .filter((notification) => notification.readState === 'unread')
      .map((notification) => notification.groupSize),
  );

  return {
    accountId: feed.accountId,
    ids,
    productGroups,
    rowCount: rows.length,
    unreadCount,
    unreadLabel: formatCount(unreadCount, feed.hasMore),
    hasMore: feed.hasMore,
    unseenCount: feed.unseenCount,
    listState: listState(feed, rows.length, listable.length, filtersActive),
    refreshFailed: feed.status === 'error',
  };
}

function listState(
  feed: ViewFeed,
  rowCount: number,
  listableCount: number,
  filtersActive: boolean,
): ListState {
  if (rowCount > 0) {
    return 'list';
  }
  if (feed.status === 'error') {
    return 'could-not-refresh';
  }
  if (feed.status === 'loading' && feed.fetchedAt === null) {
    return 'loading';
  }
  return filtersActive && listableCount > 0 ? 'no-matches' : 'all-caught-up';
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
