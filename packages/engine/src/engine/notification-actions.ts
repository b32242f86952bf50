import {
  fetchGroupMemberIds,
  fetchGroupMembers,
  markAsRead,
  markAsUnread,
  withCredential,
} from '../atlassian/index.ts';
import type { CredentialProvider } from '../credentials/atlassian-credential.ts';
import {
  type AtlassifyError,
  ErrorCode,
  InputError,
  isAtlassifyError,
  isErrorCode,
  RemoteError,
} from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import { applyFilters } from '../notifications/filters.ts';
import { isOpenableAtlassianUrl, notificationsPageUrl } from '../notifications/links.ts';
import type { Notification, ProductSlug, ReadState } from '../notifications/notification.ts';
import { toNotification } from '../notifications/to-notification.ts';
import { listableRows, viewFeedOf } from '../notifications/view.ts';
import { toApiError } from '../poller/index.ts';
import type {
  ActionFailure,
  GroupMembersView,
  MarkResultView,
  OpenResultView,
} from '../server/contract.ts';
import type { AccountFeeds } from './account-feeds.ts';
import type { EngineState } from './engine-state.ts';

/** Rows of a mark that go to Atlassian together: one account, one site scope. */
interface MarkBatch {
  accountId: string;
  scope: string | null;
  rows: Notification[];
}

/** Feed error codes that mean a local setting is wrong rather than Atlassian failing. */
const inputCodes = new Set<ErrorCode>([ErrorCode.endpointMismatch, ErrorCode.invalidInput]);

const noChange: MarkResultView = { rowCount: 0, notificationCount: 0, requestCount: 0 };

/**
 * Marks notifications read or unread, opens them and lists group members. Marking is optimistic:
 * the engine state changes first. When Atlassian refuses, the rows of the accounts that failed go
 * back to their previous state, `lastActionFailure` reports it to the user, and the error is thrown.
 */
export class NotificationActions {
  constructor(
    private readonly provider: CredentialProvider,
    private readonly state: EngineState,
    private readonly feeds: AccountFeeds,
    private readonly openUrl: (url: string) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /** Marks rows by id; a group head marks every member of its group. */
  async mark(ids: string[], readState: ReadState): Promise<MarkResultView> {
    return this.markRows(await this.locate(ids), readState, `mark-${readState}`);
  }

  /**
   * Marks every row of the list as shown (after the settings and filters) that belongs to
   * `product` and/or `accountId`. Asking before marking a whole account is the caller's job.
   */
  async markMatching(
    selector: { product?: ProductSlug; accountId?: string },
    readState: ReadState,
  ): Promise<MarkResultView> {
    const { accountId, product } = selector;
    if (accountId !== undefined && !this.state.feed(accountId)) {
      const known = this.state.accountRecords().some((record) => record.id === accountId);
      if (!known) {
        throw new InputError(
          ErrorCode.accountNotFound,
          `No signed-in account has the id "${accountId}".`,
          { hint: 'List the accounts to see their ids.', details: { accountId } },
        );
      }
    }

    const rows = this.shownRows().filter(
      (row) =>
        (accountId === undefined || row.accountId === accountId) &&
        (product === undefined || row.product === product),
    );
    if (rows.length === 0) {
      return noChange;
    }
    return this.markRows(rows, readState, `mark-${readState}`);
  }

  /**
   * Opens the item's link: the entity, else the notification URL, else the path, else the site,
   * else Atlassian's notifications page. Marks it read when the `markAsReadOnOpen` setting is on,
   * unless it had no usable link of its own. A failed mark is rolled back and reported in
   * `lastActionFailure`, and the result then has `markedRead: false`. When the browser fails
   * to start, nothing is marked and the error is thrown, an AtlassifyError with the link added
   * in `details.url`.
   */
  async open(id: string): Promise<OpenResultView> {
    const [row] = await this.locate([id]);
    if (!row) {
      throw new InputError(ErrorCode.notificationNotFound, `Unknown notification id: ${id}.`);
    }

    const usable = isOpenableAtlassianUrl(row.openUrl);
    const url = usable ? row.openUrl : notificationsPageUrl;
    const source = usable ? (row.openUrlSource ?? sourceOf(url)) : 'notifications-page';
    const noLinkAvailable = source === 'notifications-page';
    try {
      await this.openUrl(url);
    } catch (error) {
      // The caller prints the link to open by hand, so the error carries it.
      if (isAtlassifyError(error)) {
        error.details.url = url;
      }
      throw error;
    }

    let markedRead = false;
    if (!noLinkAvailable && row.readState === 'unread' && this.state.settings().markAsReadOnOpen) {
      try {
        await this.markRows([row], 'read', 'open');
        markedRead = true;
      } catch {
        // markRows rolled the row back, logged the failure and set lastActionFailure.
      }
    }
    return { url, source, markedRead, noLinkAvailable };
  }

  /** Lists the members of a row's server-side group, read per the list's unread-only mode. */
  async groupMembers(id: string): Promise<GroupMembersView> {
    const [head] = await this.locate([id]);
    if (!head) {
      throw new InputError(ErrorCode.notificationNotFound, `Unknown notification id: ${id}.`);
    }
    const view = { id: head.id, groupId: head.groupId, groupSize: head.groupSize };
    if (head.groupSize <= 1) {
      return { ...view, members: [head], skippedCount: 0 };
    }

    const unreadOnly = this.state.feed(head.accountId)?.unreadOnly ?? true;
    const scope = head.scope ?? null;
    const members = await withCredential(this.provider, head.accountId, (credential) =>
      fetchGroupMembers({
        credential,
        groupId: head.groupId,
        readState: unreadOnly ? 'unread' : null,
        cloudId: scope,
      }),
    );
    const built = members.items.map((item) => ({
      ...toNotification(
        { groupId: head.groupId, groupSize: 1, additionalActors: [], headNotification: item },
        { accountId: head.accountId, scopeCloudId: scope },
      ),
      // Members share the head's entity, so they share its product, lookups included.
      product: head.product,
    }));
    return { ...view, members: built, skippedCount: members.skipped.length };
  }

  /** Returns the rows of every account as the list shows them, after the settings and filters. */
  private shownRows(): Notification[] {
    const settings = this.state.settings();
    const filters = this.state.filters();
    return this.state
      .allFeeds()
      .flatMap((feed) => applyFilters(listableRows(viewFeedOf(feed), settings), filters));
  }

  private async markRows(
    rows: Notification[],
    readState: ReadState,
    action: ActionFailure['action'],
  ): Promise<MarkResultView> {
    const previous = new Map(rows.map((row) => [row.id, row.readState]));
    const byAccount = groupBy(rows, (row) => row.accountId);
    for (const [accountId, accountRows] of byAccount) {
      this.setReadStates(accountId, new Map(accountRows.map((row) => [row.id, readState])));
    }

    const outcomes = await Promise.allSettled(
      [...byAccount].map(([accountId, accountRows]) =>
        this.sendAccount(accountId, accountRows, readState),
      ),
    );

    const result = { ...noChange, rowCount: rows.length };
    let firstError: unknown;
    outcomes.forEach((outcome, index) => {
      const [accountId, accountRows] = [...byAccount][index] ?? ['', []];
      if (outcome.status === 'fulfilled') {
        result.notificationCount += outcome.value.notificationCount;
        result.requestCount += outcome.value.requestCount;
        return;
      }
      firstError ??= outcome.reason;
      // NOTE: batches sent before the failing one did change state on the server; the next poll
      // shows those rows as they are.
      this.setReadStates(
        accountId,
        new Map(accountRows.map((row) => [row.id, previous.get(row.id) ?? row.readState])),
      );
    });

    if (firstError !== undefined) {
      const error = toApiError(firstError);
      this.state.setActionFailure({
        action,
        count: rows.length,
        error,
        at: new Date().toISOString(),
      });
      this.logger.warn(
        { count: rows.length, readState, code: error.code },
        'marking failed; the change was rolled back',
      );
      throw firstError;
    }
    return result;
  }

  private setReadStates(accountId: string, readStates: Map<string, ReadState>): void {
    this.state.updateNotifications(accountId, (notification) => {
      const readState = readStates.get(notification.id);
      return readState === undefined || readState === notification.readState
        ? notification
        : { ...notification, readState };
    });
  }

  /** Sends one account's marks, one site scope after another. */
  private async sendAccount(
    accountId: string,
    rows: Notification[],
    readState: ReadState,
  ): Promise<Omit<MarkResultView, 'rowCount'>> {
    const batches: MarkBatch[] = [...groupBy(rows, (row) => row.scope ?? null)].map(
      ([scope, scopeRows]) => ({ accountId, scope, rows: scopeRows }),
    );
    const total = { notificationCount: 0, requestCount: 0 };
    for (const batch of batches) {
      const sent = await this.sendBatch(batch, readState);
      total.notificationCount += sent.markedCount;
      total.requestCount += sent.requestCount;
    }
    this.logger.info({ accountId, readState, ...total }, 'marked notifications');
    return total;
  }

  /**
   * Sends the mutations for one scope. A group head adds the ids of its members that are not in
   * the target state yet, looked up page by page. The mutations carry at most 100 ids each.
   */
  private sendBatch(batch: MarkBatch, readState: ReadState) {
    const unreadOnly = this.state.feed(batch.accountId)?.unreadOnly ?? true;
    return withCredential(this.provider, batch.accountId, async (credential) => {
      const ids = new Set<string>();
      for (const row of batch.rows) {
        ids.add(row.id);
        if (row.groupSize > 1) {
          const memberState = readState === 'read' ? 'unread' : 'read';
          // The head's groupSize counts members in the list's read state; it bounds the lookup
          // only when the lookup requests that same state.
          const sameCount = memberState === 'unread' && unreadOnly;
          const members = await fetchGroupMemberIds({
            credential,
            groupId: row.groupId,
            readState: memberState,
            cloudId: batch.scope,
            ...(sameCount ? { groupSize: row.groupSize } : {}),
          });
          for (const member of members) {
            ids.add(member);
          }
        }
      }

      const mark = readState === 'read' ? markAsRead : markAsUnread;
      return mark({ credential, ids: [...ids], cloudId: batch.scope });
    });
  }

  /** Finds each id in the fetched feeds, polling once if some are missing. */
  private async locate(ids: string[]): Promise<Notification[]> {
    let missing = ids.filter((id) => !this.find(id));
    if (missing.length > 0) {
      await this.feeds.pollAll();
      missing = ids.filter((id) => !this.find(id));
    }
    if (missing.length > 0) {
      throw (
        this.feedFailure(missing) ??
        new InputError(
          ErrorCode.notificationNotFound,
          `Unknown notification id${missing.length === 1 ? '' : 's'}: ${missing.join(', ')}.`,
          {
            hint: 'List the ids with `atlassify notifications --all --json`.',
            details: { ids: missing.join(',') },
          },
        )
      );
    }
    return [...new Set(ids)].map((id) => this.find(id) as Notification);
  }

  /**
   * Explains missing ids by a feed that failed to load, if one did: the ids may be in it, so
   * "unknown id" would send the user looking for a typo. Returns the first failed feed's error,
   * with its code, so callers map it as they map the feed error.
   */
  private feedFailure(missing: string[]): AtlassifyError | undefined {
    const failed = this.state.allFeeds().find((feed) => feed.status === 'error' && feed.error);
    if (!failed?.error) {
      return undefined;
    }
    const email = this.state
      .accountRecords()
      .find((record) => record.id === failed.accountId)?.email;
    const code = isErrorCode(failed.error.code) ? failed.error.code : ErrorCode.badResponse;
    const ErrorClass = inputCodes.has(code) ? InputError : RemoteError;
    return new ErrorClass(
      code,
      `Could not look up notification id${missing.length === 1 ? '' : 's'} ${missing.join(', ')}, because the notifications of ${email ?? failed.accountId} could not be fetched: ${failed.error.message}`,
      {
        ...(failed.error.hint === undefined ? {} : { hint: failed.error.hint }),
        details: { ...failed.error.details, ids: missing.join(',') },
      },
    );
  }

  private find(id: string): Notification | undefined {
    for (const feed of this.state.allFeeds()) {
      const found = feed.notifications.find((notification) => notification.id === id);
      if (found) {
        return found;
      }
    }
    return undefined;
  }
}

function sourceOf(url: string): OpenResultView['source'] {
  return url === notificationsPageUrl ? 'notifications-page' : 'entity';
}

/** Groups values by key, keeping first-seen key order (`Map.groupBy` needs Node 21). */
function groupBy<K, V>(values: readonly V[], keyOf: (value: V) => K): Map<K, V[]> {
  const groups = new Map<K, V[]>();
  for (const value of values) {
    const key = keyOf(value);
    const group = groups.get(key);
    if (group) {
      group.push(value);
    } else {
      groups.set(key, [value]);
    }
  }
  return groups;
}
