import {
  type AccountView,
  buildNotificationsView,
  defaultSettings,
  type Engine,
  emptyFilters,
  type FeedView,
  type FilterState,
  type MarkResultView,
  mergeFilters,
  type Notification,
  type NotificationsView,
  type OpenResultView,
  type ProductSlug,
  type ReadState,
  type Settings,
  viewFeedOf,
} from '@atlassify/engine';

import { ExitCode, ExitError } from '../exit/exit-error.ts';
import { confirm } from '../input/confirm.ts';

export interface ListOptions {
  /** Filters that replace the saved ones for this run, per dimension. */
  filters: Partial<FilterState>;
  /** Shows product sections even when the `groupByProduct` setting is off. */
  groupByProduct: boolean;
}

/** The list as the window shows it, with the rows in display order. */
export interface NotificationsResult {
  view: NotificationsView;
  /** Visible rows in display order, every account's after the other's. */
  notifications: Notification[];
  rowsById: Map<string, Notification>;
  accounts: AccountView[];
  feeds: FeedView[];
}

/**
 * Fetches every account's feed now and projects it as the window does: the settings, the saved
 * filters with `options.filters` replacing the dimensions it names, and the same grouping.
 */
export async function listNotifications(
  engine: Engine,
  options: ListOptions,
): Promise<NotificationsResult> {
  await engine.refresh();
  const snapshot = engine.snapshot();
  const settings: Settings = {
    ...(snapshot.settings ?? defaultSettings),
    ...(options.groupByProduct ? { groupByProduct: true } : {}),
  };
  const filters = mergeFilters(snapshot.filters ?? emptyFilters, options.filters);
  const view = buildNotificationsView(snapshot.feeds.map(viewFeedOf), settings, filters);

  const rowsById = new Map(
    snapshot.feeds.flatMap((feed) =>
      feed.notifications.map((notification) => [notification.id, notification] as const),
    ),
  );
  const notifications = view.accounts.flatMap((account) =>
    account.ids.flatMap((id) => rowsById.get(id) ?? []),
  );
  return { view, notifications, rowsById, accounts: snapshot.accounts, feeds: snapshot.feeds };
}

/** Marks notifications read or unread by id; unknown ids fail before anything is sent. */
export async function markNotifications(
  engine: Engine,
  ids: string[],
  readState: ReadState,
): Promise<MarkResultView> {
  return readState === 'read' ? engine.markRead(ids) : engine.markUnread(ids);
}

export interface MarkMatchingOptions {
  readState: ReadState;
  product?: ProductSlug;
  account?: AccountView;
  /** Skips the question before marking a whole account. */
  yes: boolean;
}

/** The result of `markMatching`: the marks sent and the refreshed feeds of the selected accounts. */
export interface MarkMatchingResult {
  /** Null when no feed of those accounts could be fetched, so nothing was sent. */
  marked: MarkResultView | null;
  /** The feeds of the selected account, or of every account. A feed with `error` was not marked. */
  feeds: FeedView[];
}

/**
 * Marks every shown row of a product and/or an account, as the window's section buttons do.
 * Fetches the feeds first. When none of the selected accounts' feeds loaded, it neither marks
 * nor prompts. Otherwise it marks the rows that loaded. Marking an account needs confirmation:
 * a yes on a terminal, else `--yes`.
 */
export async function markMatching(
  engine: Engine,
  options: MarkMatchingOptions,
): Promise<MarkMatchingResult> {
  const selector = {
    readState: options.readState,
    ...(options.product ? { product: options.product } : {}),
    ...(options.account ? { accountId: options.account.id } : {}),
  };

  await engine.refresh();
  const accountId = options.account?.id;
  const feeds = engine
    .snapshot()
    .feeds.filter((feed) => accountId === undefined || feed.accountId === accountId);
  const loadedCount = feeds.filter((feed) => feed.error === null).length;
  if (feeds.length > 0 && loadedCount === 0) {
    return { marked: null, feeds };
  }

  if (options.account && !options.yes) {
    const count = shownRowCount(engine, options.account.id, options.product);
    const scope = options.product ? ` ${options.product}` : '';
    const answer = await confirm(
      `Mark ${count} shown${scope} row${count === 1 ? '' : 's'} of ${options.account.email} as ${options.readState}? [y/N] `,
    );
    if (answer === null) {
      throw new ExitError(
        'Marking a whole account needs confirmation.',
        ExitCode.usage,
        'Run it in a terminal to answer the question, or add --yes.',
      );
    }
    if (!answer) {
      throw new ExitError('Nothing was marked.', ExitCode.interrupted);
    }
  }
  return { marked: await engine.markMatching(selector), feeds };
}

/** Counts an account's rows as the engine's list shows them, optionally of one product. */
function shownRowCount(
  engine: Engine,
  accountId: string,
  product: ProductSlug | undefined,
): number {
  const snapshot = engine.snapshot();
  const ids = snapshot.view?.accounts.find((account) => account.accountId === accountId)?.ids ?? [];
  if (!product) {
    return ids.length;
  }
  const rows = snapshot.feeds.find((feed) => feed.accountId === accountId)?.notifications ?? [];
  const productIds = new Set(rows.filter((row) => row.product === product).map((row) => row.id));
  return ids.filter((id) => productIds.has(id)).length;
}

/** Opens a notification in the browser; the engine decides the link and the read state. */
export function openNotification(engine: Engine, id: string): Promise<OpenResultView> {
  return engine.openNotification(id);
}
