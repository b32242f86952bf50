import type { AccountView, FeedView } from '../api/contract.ts';

/** The error code of a poll that Atlassian refused because the account signed in with OAuth. */
const oauthRefusedCode = 'NOTIFICATIONS_UNAVAILABLE_WITH_OAUTH';
const signInRequiredCode = 'SIGN_IN_REQUIRED';

export type FeedProblem =
  | 'sign-in-required'
  | 'oauth-refused'
  | 'offline'
  | 'rate-limited'
  | 'unavailable'
  | 'error'
  | null;

/**
 * Picks the one problem an account's feed shows, most actionable first: a needed sign-in, an
 * OAuth refusal, then the connection state of the last poll, then any other failed poll.
 */
export function feedProblemOf(account: AccountView, feed: FeedView | undefined): FeedProblem {
  if (account.status === 'sign-in-required' || feed?.error?.code === signInRequiredCode) {
    return 'sign-in-required';
  }
  if (account.status === 'notifications-unavailable' || feed?.error?.code === oauthRefusedCode) {
    return 'oauth-refused';
  }
  if (!feed?.error) {
    return null;
  }
  const connection = feed.connection ?? 'online';
  return connection === 'online' ? 'error' : connection;
}
