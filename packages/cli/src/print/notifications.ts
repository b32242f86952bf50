import { type FeedView, type Notification, productDisplayNames } from '@atlassify/engine';

import { printError, printLine } from './output.ts';

// Terminal control characters in feed text could rewrite the screen; print them as spaces.
function plainText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function groupByProduct(notifications: Notification[]): Map<string, Notification[]> {
  const groups = new Map<string, Notification[]>();
  for (const notification of notifications) {
    const name = productDisplayNames[notification.product];
    groups.set(name, [...(groups.get(name) ?? []), notification]);
  }
  return groups;
}

const maxLineLength = 160;

/** Cuts text to `max` characters, on grapheme boundaries so emoji and accents stay whole. */
function truncate(text: string, max: number): string {
  const graphemes = [...new Intl.Segmenter().segment(text)].map((part) => part.segment);
  return graphemes.length <= max ? text : `${graphemes.slice(0, max - 1).join('')}…`;
}

/** Says how long ago an ISO time was, as "5m", "3h" or "2d". */
export function timeAgo(timestamp: string, now: Date = new Date()): string {
  const minutes = Math.max(0, Math.round((now.getTime() - Date.parse(timestamp)) / 60_000));
  if (minutes < 60) {
    return `${minutes}m`;
  }
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours}h` : `${Math.round(hours / 24)}d`;
}

function printRow(notification: Notification): void {
  const marker = notification.readState === 'unread' ? '●' : ' ';
  const entity = notification.entity?.title ? ` — ${notification.entity.title}` : '';
  const group = notification.groupSize > 1 ? ` (+${notification.groupSize - 1} more)` : '';
  const text = truncate(plainText(`${notification.message}${entity}`), maxLineLength);
  printLine(
    `  ${marker} ${notification.id}  ${timeAgo(notification.timestamp).padStart(3)}  ${text}${group}`,
  );
}

/** Prints notifications grouped by product, newest first, and each feed's error. */
export function printNotifications(notifications: Notification[], feeds: FeedView[]): void {
  for (const feed of feeds) {
    if (feed.error) {
      printError(
        `Account ${feed.accountId}: ${feed.error.message}${feed.error.hint ? ` ${feed.error.hint}` : ''}`,
      );
    }
  }

  if (notifications.length === 0) {
    printLine(
      feeds.some((feed) => feed.status === 'error')
        ? 'No notifications could be loaded.'
        : 'All caught up: no notifications.',
    );
    return;
  }

  for (const [product, items] of groupByProduct(notifications)) {
    printLine(`${product} (${items.length})`);
    for (const notification of items) {
      printRow(notification);
    }
  }
}
