import {
  type Engagement,
  ErrorCode,
  type FeedView,
  type FilterState,
  isAtlassifyError,
  type MarkResultView,
  type ProductSlug,
} from '@atlassify/engine';
import { type Command, Option } from 'commander';

import { ExitCode, ExitError, exitCodeForError } from '../exit/exit-error.ts';
import { filterFlag } from '../input/filter-flags.ts';
import { printNotifications, printProblems, printUnmarkedFeeds } from '../print/notifications.ts';
import { printError, printJson, printLine } from '../print/output.ts';
import { withEngine } from '../runtime/open-engine.ts';
import { requireAccounts, resolveAccount } from './account-option.ts';
import {
  listNotifications,
  markMatching,
  markNotifications,
  openNotification,
} from './notifications.ts';

interface ListFlags {
  json: boolean;
  all: boolean;
  unread: boolean;
  groupByProduct: boolean;
  product?: ProductSlug[];
  engagement?: Engagement[];
  category?: FilterState['categories'];
  actor?: FilterState['actorKinds'];
}

function filtersFrom(flags: ListFlags): Partial<FilterState> {
  return {
    ...(flags.product ? { products: flags.product } : {}),
    ...(flags.engagement ? { engagements: flags.engagement } : {}),
    ...(flags.category ? { categories: flags.category } : {}),
    ...(flags.actor ? { actorKinds: flags.actor } : {}),
    ...(flags.unread ? { readStates: ['unread'] as FilterState['readStates'] } : {}),
  };
}

function addList(program: Command): void {
  program
    .command('notifications')
    .description(
      'fetch and list notifications as the app window shows them: its settings, saved filters and grouping',
    )
    .option('--json', 'print the shown rows as JSON', false)
    .option('--all', 'fetch read notifications too, whatever the fetchOnlyUnread setting', false)
    .option('--unread', 'show unread rows only', false)
    .option(
      '--product <slugs>',
      'show these products only, replacing the saved filter (repeatable or comma-separated)',
      filterFlag('products', 'product'),
    )
    .option(
      '--engagement <kinds>',
      'show mention, comment and/or reaction rows only',
      filterFlag('engagements', 'engagement'),
    )
    .option(
      '--category <kinds>',
      'show direct and/or watching rows only',
      filterFlag('categories', 'category'),
    )
    .option(
      '--actor <kinds>',
      'show rows from user, rovo and/or automation actors only',
      filterFlag('actorKinds', 'actor kind'),
    )
    .option('--group-by-product', 'show product sections even when the setting is off', false)
    .action((flags: ListFlags) =>
      withEngine(
        async (engine) => {
          requireAccounts(engine);
          const result = await listNotifications(engine, {
            filters: filtersFrom(flags),
            groupByProduct: flags.groupByProduct,
          });
          if (flags.json) {
            printProblems(result.feeds, result.accounts);
            printJson(result.notifications);
          } else {
            printNotifications(result.view, result.rowsById, result.feeds, result.accounts);
          }
          const failed = feedFailureExitCode(result.feeds);
          if (failed !== null) {
            process.exitCode = failed;
          }
        },
        { includeRead: flags.all },
      ),
    );
}

interface MarkFlags {
  product?: ProductSlug[];
  account?: string;
  yes: boolean;
}

/**
 * Returns the exit code for feeds that failed to refresh, or null when none did: 3 when an account needs
 * a sign-in, else the code of the first failure.
 */
function feedFailureExitCode(feeds: FeedView[]): number | null {
  const codes = feeds.flatMap((feed) => (feed.error ? [exitCodeForError(feed.error.code)] : []));
  if (codes.length === 0) {
    return null;
  }
  return codes.includes(ExitCode.signInRequired) ? ExitCode.signInRequired : (codes[0] ?? null);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/**
 * Says what was sent: the notifications, and the rows too when a group head added its members.
 * A repeated id is one row, so `read ID ID` reports one notification.
 */
function describeMarked(result: MarkResultView): string {
  const notifications = plural(result.notificationCount, 'notification');
  return result.rowCount === result.notificationCount
    ? notifications
    : `${plural(result.rowCount, 'row')} (${notifications})`;
}

function addMark(program: Command, readState: 'read' | 'unread'): void {
  program
    .command(`${readState} [ids...]`)
    .description(
      `mark notifications as ${readState}: by id (a group marks all its members), or every shown row of a product or an account`,
    )
    .addOption(
      new Option(
        '--product <slug>',
        `mark every shown row of this product as ${readState}`,
      ).argParser(filterFlag('products', 'product')),
    )
    .option('--account <email|id>', `mark every shown row of this account as ${readState}`)
    .option('--yes', 'do not ask before marking a whole account', false)
    .action((rawIds: string[], flags: MarkFlags) => {
      const ids = rawIds.map((id) => id.trim());
      if (ids.includes('')) {
        throw new ExitError(
          'A notification id is empty.',
          ExitCode.usage,
          'Pass the ids that `atlassify notifications --json` lists; an empty argument often comes from an unset shell variable.',
        );
      }
      const bySelector = flags.product !== undefined || flags.account !== undefined;
      if (ids.length > 0 && bySelector) {
        throw new ExitError('Give ids, or --product/--account, not both.', ExitCode.usage);
      }
      if (ids.length === 0 && !bySelector) {
        throw new ExitError(
          'Nothing to mark.',
          ExitCode.usage,
          `Give notification ids, --product SLUG or --account EMAIL: atlassify ${readState} --product jira`,
        );
      }
      if ((flags.product?.length ?? 0) > 1) {
        throw new ExitError('Give one product with --product.', ExitCode.usage);
      }

      // Marking by id must find read items too; marking unread by product needs the read rows.
      const includeRead = !bySelector || readState === 'unread';
      return withEngine(
        async (engine) => {
          requireAccounts(engine);
          if (!bySelector) {
            const result = await markNotifications(engine, ids, readState);
            printLine(`Marked ${describeMarked(result)} as ${readState}.`);
            return;
          }
          const product = flags.product?.[0];
          const { marked, feeds } = await markMatching(engine, {
            readState,
            ...(product ? { product } : {}),
            ...(flags.account ? { account: resolveAccount(engine, flags.account) } : {}),
            yes: flags.yes,
          });
          if (marked) {
            printLine(
              marked.rowCount === 0
                ? `No shown notifications matched; nothing was marked.`
                : `Marked ${plural(marked.rowCount, 'row')} (${plural(marked.notificationCount, 'notification')}) as ${readState}.`,
            );
          }
          printUnmarkedFeeds(feeds, engine.snapshot().accounts, readState);
          const failed = feedFailureExitCode(feeds);
          if (failed !== null) {
            process.exitCode = failed;
          }
        },
        { includeRead },
      );
    });
}

function addOpen(program: Command): void {
  program
    .command('open <id>')
    .description(
      'open a notification in the browser and mark it read when the markAsReadOnOpen setting is on',
    )
    .action((id: string) =>
      withEngine(
        async (engine) => {
          requireAccounts(engine);
          const result = await openNotification(engine, id).catch((error: unknown) => {
            printUrlToOpenByHand(error);
            throw error;
          });
          if (result.noLinkAvailable) {
            printError(
              "No link available for this notification; opened Atlassian's notifications page instead. It stays unread.",
            );
          }
          printLine(`Opened ${result.url}`);
          if (result.markedRead) {
            printLine('Marked it as read.');
          }
          const failure = engine.snapshot().lastActionFailure;
          if (!result.markedRead && failure?.action === 'open') {
            printError(`Could not mark it as read: ${failure.error.message}`);
            process.exitCode = ExitCode.failure;
          }
        },
        { includeRead: true },
      ),
    );
}

/** Prints the link from a BROWSER_OPEN_FAILED error, so the user can open it by hand. */
function printUrlToOpenByHand(error: unknown): void {
  if (!isAtlassifyError(error) || error.code !== ErrorCode.browserOpenFailed) {
    return;
  }
  const url = error.details.url;
  if (typeof url === 'string') {
    printLine(`Open it by hand: ${url}`);
  }
}

/** Adds `notifications`, `read`, `unread` and `open`. */
export function addNotificationCommands(program: Command): void {
  addList(program);
  addMark(program, 'read');
  addMark(program, 'unread');
  addOpen(program);
}
