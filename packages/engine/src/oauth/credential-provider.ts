import {
  type AccountRecord,
  AuthMethod,
  requireSameEndpoints,
  secretStoreForAccount,
} from '../accounts/index.ts';
import {
  type AtlassianCredential,
  apiTokenCredential,
  type CredentialProvider,
  oauthCredential,
  readTokenSet,
  secretNames,
} from '../credentials/index.ts';
import type { OAuthContext } from './oauth-context.ts';
import { markSignInRequired, refreshAccountTokens, signInRequiredError } from './token-refresh.ts';

/** Access tokens are refreshed when they expire within this many ms (5 minutes). */
export const refreshMarginMs = 5 * 60_000;

/**
 * Hands out credentials for every account: Basic from the stored API token, or Bearer from the
 * stored OAuth access token. The access token is refreshed within 5 minutes of expiry and once
 * after a 401. Expiry is checked against the wall clock, so a machine waking from sleep refreshes
 * at once. Refreshes are single-flight per account within this process, and across processes
 * through a lock file. An account marked `sign-in-required` fails fast with SIGN_IN_REQUIRED until
 * it is signed in again, and an account signed in against other endpoints fails with
 * ENDPOINT_MISMATCH before any secret is read.
 */
export class OAuthCredentialProvider implements CredentialProvider {
  private readonly refreshes = new Map<string, Promise<AtlassianCredential>>();

  constructor(private readonly context: OAuthContext) {}

  async getCredential(accountId: string): Promise<AtlassianCredential> {
    const account = await this.usableAccount(accountId);
    if (account.authMethod === AuthMethod.apiToken) {
      return this.apiTokenCredentialOf(account);
    }

    const tokens = await readTokenSet(secretStoreForAccount(account, this.context), accountId);
    const now = this.context.now ?? Date.now;
    if (tokens?.accessToken && tokens.expiresAt - now() > refreshMarginMs) {
      return oauthCredential(tokens.accessToken, this.context.endpoints);
    }
    return this.refresh(account, null);
  }

  async refreshAfterUnauthorized(
    accountId: string,
    rejected: AtlassianCredential,
  ): Promise<AtlassianCredential> {
    const account = await this.usableAccount(accountId);
    if (account.authMethod === AuthMethod.oauth) {
      return this.refresh(account, rejected.authorization);
    }

    // An API token cannot be refreshed; it only helps if the user stored a new one meanwhile.
    const current = await this.apiTokenCredentialOf(account);
    if (current.authorization !== rejected.authorization) {
      return current;
    }
    await markSignInRequired(account, this.context);
    throw signInRequiredError(
      account,
      'Atlassian rejected its API token, which may have expired or been revoked',
    );
  }

  private refresh(
    account: AccountRecord,
    rejectedAuthorization: string | null,
  ): Promise<AtlassianCredential> {
    const running = this.refreshes.get(account.id);
    if (running) {
      return running;
    }

    const refresh = refreshAccountTokens(
      { account, rejectedAuthorization, marginMs: refreshMarginMs },
      this.context,
    ).finally(() => this.refreshes.delete(account.id));
    this.refreshes.set(account.id, refresh);
    return refresh;
  }

  private async usableAccount(accountId: string): Promise<AccountRecord> {
    const account = await this.context.accounts.require(accountId);
    requireSameEndpoints(account, this.context);
    if (account.status === 'sign-in-required') {
      throw signInRequiredError(account, 'its stored credential was rejected earlier');
    }
    return account;
  }

  private async apiTokenCredentialOf(account: AccountRecord): Promise<AtlassianCredential> {
    const token = await secretStoreForAccount(account, this.context).get(
      secretNames.apiToken(account.id),
    );
    if (token === null) {
      await markSignInRequired(account, this.context);
      throw signInRequiredError(account, 'its API token is missing from the credential store');
    }
    return apiTokenCredential(account.email, token, this.context.endpoints);
  }
}
