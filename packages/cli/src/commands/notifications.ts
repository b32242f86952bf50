import type { Engine, FeedView, Notification } from '@atlassify/engine';

export interface NotificationsResult {
  notifications: Notification[];
  feeds: FeedView[];
}

/** Fetches every account's feed now. `all` includes read items. */
export async function listNotifications(
  engine: Engine,
  options: { all: boolean },
): Promise<NotificationsResult> {
  await engine.refresh();
  const { feeds } = engine.snapshot();

  const notifications = feeds
    .flatMap((feed) => feed.notifications)
    .filter((notification) => options.all || notification.readState === 'unread');
  return { notifications, feeds };
}

/** Marks notifications read or unread by id; unknown ids fail before anything is sent. */
export async function markNotifications(
  engine: Engine,
  ids: string[],
  readState: 'read' | 'unread',
): Promise<void> {
  if (readState === 'read') {
    await engine.markRead(ids);
  } else {
    await engine.markUnread(ids);
  }
}
