import {
  fetchGroupMemberIds,
  markAsRead,
  markAsUnread,
  withCredential,
} from '../atlassian/index.ts';
import type { CredentialProvider } from '../credentials/atlassian-credential.ts';
import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import type { Notification, ReadState } from '../notifications/notification.ts';
import type { FeedView } from '../server/contract.ts';
import type { AccountFeeds } from './account-feeds.ts';
import type { EngineState } from './engine-state.ts';

type Located = Map<string, Notification[]>;

/**
 * Marks notifications read or unread and opens them. Marking is optimistic: the engine state
 * changes first, and goes back to what it was if Atlassian refuses.
 */
export class NotificationActions {
  constructor(
    private readonly provider: CredentialProvider,
    private readonly state: EngineState,
    private readonly feeds: AccountFeeds,
    private readonly openUrl: (url: string) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  async mark(ids: string[], readState: ReadState): Promise<void> {
    const located = await this.locate(ids);
    const previous = this.applyReadState(located, readState);

    try {
      await Promise.all(
        [...located].map(([accountId, notifications]) =>
          this.sendMark(accountId, notifications, readState),
        ),
      );
    } catch (error) {
      for (const feed of previous) {
        this.state.setFeed(feed);
      }
      this.logger.warn(
        { count: ids.length, readState },
        'marking failed; the change was rolled back',
      );
      throw error;
    }
  }

  async open(id: string): Promise<void> {
    const located = await this.locate([id]);
    const notification = [...located.values()][0]?.[0];
    if (!notification) {
      return;
    }

    await this.openUrl(notification.openUrl);
    if (notification.readState === 'unread') {
      await this.mark([id], 'read');
    }
  }

  /** Finds each id in the fetched feeds, polling once if some are missing. */
  private async locate(ids: string[]): Promise<Located> {
    let missing = ids.filter((id) => !this.find(id));
    if (missing.length > 0) {
      await this.feeds.pollAll();
      missing = ids.filter((id) => !this.find(id));
    }
    if (missing.length > 0) {
      throw new InputError(
        ErrorCode.notificationNotFound,
        `Unknown notification id${missing.length === 1 ? '' : 's'}: ${missing.join(', ')}.`,
        {
          hint: 'List the ids with `atlassify notifications --all --json`.',
          details: { ids: missing.join(',') },
        },
      );
    }

    const located: Located = new Map();
    for (const id of new Set(ids)) {
      const notification = this.find(id) as Notification;
      located.set(notification.accountId, [
        ...(located.get(notification.accountId) ?? []),
        notification,
      ]);
    }
    return located;
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

  /** Changes the read state in the engine state and returns the feeds as they were. */
  private applyReadState(located: Located, readState: ReadState): FeedView[] {
    const previous: FeedView[] = [];

    for (const [accountId, notifications] of located) {
      const feed = this.state.feed(accountId);
      if (!feed) {
        continue;
      }
      previous.push(feed);
      const ids = new Set(notifications.map((notification) => notification.id));
      this.state.setFeed({
        ...feed,
        notifications: feed.notifications.map((notification) =>
          ids.has(notification.id) ? { ...notification, readState } : notification,
        ),
      });
    }
    return previous;
  }

  /** Sends the mutation for one account; a group head marks every member of its group. */
  private async sendMark(
    accountId: string,
    notifications: Notification[],
    readState: ReadState,
  ): Promise<void> {
    await withCredential(this.provider, accountId, async (credential) => {
      const ids = new Set<string>();
      for (const notification of notifications) {
        ids.add(notification.id);
        if (notification.groupSize > 1) {
          const members = await fetchGroupMemberIds({
            credential,
            groupId: notification.groupId,
            groupSize: notification.groupSize,
            readState: null,
          });
          for (const member of members) {
            ids.add(member);
          }
        }
      }

      const mark = readState === 'read' ? markAsRead : markAsUnread;
      const result = await mark({ credential, ids: [...ids] });
      this.logger.info(
        { accountId, readState, count: result.markedCount, requests: result.requestCount },
        'marked notifications',
      );
    });
  }
}
