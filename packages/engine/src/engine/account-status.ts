import { type AccountRecord, type AccountRepository, AuthMethod } from '../accounts/index.ts';
import { ErrorCode, isAtlassifyError } from '../errors/atlassify-error.ts';

/**
 * Keeps an OAuth account's `notifications-unavailable` status in step with its latest poll:
 * set when Atlassian refused the OAuth token on the notifications query, cleared when a poll
 * succeeds again. Only accounts with status `ok` or `notifications-unavailable` change, so a
 * `sign-in-required` account keeps asking for a new sign-in. Returns whether the record changed.
 */
export async function syncNotificationsStatus(
  accounts: AccountRepository,
  accountId: string,
  refused: boolean,
): Promise<boolean> {
  const next = refused ? 'notifications-unavailable' : 'ok';
  const needsChange = (record: AccountRecord) =>
    record.authMethod === AuthMethod.oauth &&
    (record.status === 'ok' || record.status === 'notifications-unavailable') &&
    record.status !== next;

  // Most polls change nothing, so a plain read comes first and the locked write only when needed.
  const current = await accounts.get(accountId);
  if (!current || !needsChange(current)) {
    return false;
  }
  try {
    const updated = await accounts.update(accountId, (record) =>
      needsChange(record) ? { status: next } : null,
    );
    return updated.status === next;
  } catch (error) {
    // The account was signed out while the poll ran.
    if (isAtlassifyError(error) && error.code === ErrorCode.accountNotFound) {
      return false;
    }
    throw error;
  }
}
