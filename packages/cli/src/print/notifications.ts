import type { FeedView, Notification } from '@atlassify/engine';

import { printError, printLine } from './output.ts';

const productNames: Record<Notification['product'], string> = {
  jira: 'Jira',
  jira_service_management: 'Jira Service Management',
  jira_product_discovery: 'Jira Product Discovery',
  confluence: 'Confluence',
  compass: 'Compass',
  bitbucket: 'Bitbucket',
  home: 'Atlassian Home',
  rovo: 'Rovo',
  rovo_dev: 'Rovo Dev',
  teams: 'Teams',
  unknown: 'Other',
};

// Terminal control characters in feed text could rewrite the screen; print them as spaces.
function plainText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}

function groupByProduct(notifications: Notification[]): Map<string, Notification[]> {
  const groups = new Map<string, Notification[]>();
  for (const notification of notifications) {
    const name = productNames[notification.product];
    groups.set(name, [...(groups.get(name) ?? []), notification]);
  }
  return groups;
}

function printRow(notification: Notification): void {
  const marker = notification.readState === 'unread' ? '●' : ' ';
  const entity = notification.entity?.title ? ` — ${plainText(notification.entity.title)}` : '';
  const group = notification.groupSize > 1 ? ` (+${notification.groupSize - 1} more)` : '';
  printLine(
    `  ${marker} ${notification.id}  ${notification.timestamp}  ${plainText(notification.message)}${entity}${group}`,
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
