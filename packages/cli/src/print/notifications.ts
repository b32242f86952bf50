import type { AccountView, FeedView, Notification, NotificationsView } from '@atlassify/engine';

import { commandHint, printError, printLine } from './output.ts';

// Terminal control characters in feed text could rewrite the screen; print them as spaces. Other
// characters, `&` and `<` included, are printed as they are.
function plainText(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
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

/**
 * Prints each feed's error and partial-results warnings to standard error, each after the
 * account's email. `--json` runs print them too, because their standard output has no room.
 */
export function printProblems(feeds: FeedView[], accounts: AccountView[]): void {
  for (const feed of feeds) {
    const email = accounts.find((account) => account.id === feed.accountId)?.email;
    const prefix = `${email ?? 'An account'}: `;
    if (feed.error) {
      const kept = feed.notifications.length > 0 ? ' Showing the list from the last refresh.' : '';
      const hint = commandHint(feed.error);
      printError(
        `${prefix}Couldn't refresh: ${feed.error.message}${hint ? ` ${hint}` : ''}${kept}`,
      );
    }
    for (const warning of feed.warnings ?? []) {
      printError(
        `${prefix}Partial results${warning.site ? ` from ${warning.site}` : ''}: ${plainText(warning.message)}`,
      );
    }
    if ((feed.skipped?.length ?? 0) > 0) {
      printError(`${prefix}Left out ${feed.skipped?.length} malformed notification(s).`);
    }
  }
}

/**
 * Prints, after a mark by product or account, an error for each feed that could not be fetched
 * and each partial-results warning of a loaded feed, because the rows they miss were not marked.
 */
export function printUnmarkedFeeds(
  feeds: FeedView[],
  accounts: AccountView[],
  readState: 'read' | 'unread',
): void {
  for (const feed of feeds) {
    const email = accounts.find((account) => account.id === feed.accountId)?.email;
    if (feed.error) {
      printError(
        `Error: Could not fetch the notifications of ${email ?? 'an account'}, so none of its rows were marked as ${readState}: ${feed.error.message}`,
      );
      const hint = commandHint(feed.error);
      if (hint) {
        printError(hint);
      }
      continue;
    }
    for (const warning of feed.warnings ?? []) {
      printError(
        `${email ?? 'An account'}: Partial results${warning.site ? ` from ${warning.site}` : ''}: ${plainText(warning.message)} Rows missing from the list were not marked as ${readState}.`,
      );
    }
  }
}

const emptyMessages = {
  loading: 'Still loading.',
  'all-caught-up': 'All caught up: no notifications.',
  'no-matches': 'No notifications match the filters.',
} as const;

/**
 * Prints the list as the window shows it: a header per account when there are several, product
 * sections when grouping by product, then the counts. Problems go to standard error. An account
 * whose feed could not be loaded prints nothing to standard output, because its error is already
 * on standard error, and the counts are left out when no account could be loaded.
 */
export function printNotifications(
  view: NotificationsView,
  rowsById: Map<string, Notification>,
  feeds: FeedView[],
  accounts: AccountView[],
): void {
  printProblems(feeds, accounts);
  const several = view.accounts.length > 1;
  let loadedCount = 0;

  for (const accountView of view.accounts) {
    if (accountView.listState === 'could-not-refresh') {
      continue;
    }
    loadedCount += 1;
    const account = accounts.find((candidate) => candidate.id === accountView.accountId);
    if (several && account) {
      printLine(`${account.name} <${account.email}>`);
    }
    if (accountView.listState !== 'list') {
      printLine(
        several
          ? `  ${emptyMessages[accountView.listState]}`
          : emptyMessages[accountView.listState],
      );
      continue;
    }

    const sections = accountView.productGroups ?? [{ displayName: null, ids: accountView.ids }];
    for (const section of sections) {
      if (section.displayName !== null) {
        printLine(`${section.displayName} (${section.ids.length})`);
      }
      for (const id of section.ids) {
        const notification = rowsById.get(id);
        if (notification) {
          printRow(notification);
        }
      }
    }
  }

  if (loadedCount === 0) {
    return;
  }
  const unseen = view.unseenCount === null ? '' : `, ${view.unseenCount} new`;
  const filtered = view.filtersActive ? ' (filtered)' : '';
  printLine(`${view.unreadLabel} unread${unseen}${filtered}`);
}
