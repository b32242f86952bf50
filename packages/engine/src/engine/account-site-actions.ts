import { isDeepStrictEqual } from 'node:util';

import { fetchCloudIds } from '../atlassian/identity.ts';
import { withCredential } from '../atlassian/with-credential.ts';
import type { CredentialProvider } from '../credentials/atlassian-credential.ts';
import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import type { AccountSiteView } from '../server/contract.ts';
import type { AccountSitesStore } from '../settings/account-sites.ts';
import { normalizeSiteHost } from '../settings/site-host.ts';
import type { EngineState } from './engine-state.ts';

/**
 * Adds and removes the sites of an account. A site is resolved to its cloud id with Atlassian's
 * `tenantContexts` before it is stored, and from then on fetched besides the unscoped feed.
 */
export class AccountSiteActions {
  constructor(
    private readonly provider: CredentialProvider,
    private readonly store: AccountSitesStore,
    private readonly state: EngineState,
    /** Called after a change was stored, to fetch the account's feed again. */
    private readonly onChanged: (accountId: string) => void,
    private readonly logger: Logger,
  ) {}

  /** Loads every account's sites into the engine state. */
  async load(): Promise<void> {
    this.state.setSiteHosts(await this.store.all());
  }

  /**
   * Re-reads the stored sites after another process, such as `atlassify sites add`, changed
   * them, and fetches again the feeds of the accounts whose sites changed.
   */
  async reload(): Promise<void> {
    const stored = await this.store.all();
    const accountIds = new Set([
      ...Object.keys(stored),
      ...this.state.accountRecords().map((record) => record.id),
    ]);
    const changed = [...accountIds].filter(
      (accountId) =>
        !isDeepStrictEqual(stored[accountId] ?? [], this.state.accountSites(accountId)),
    );
    if (changed.length === 0) {
      return;
    }

    this.state.setSiteHosts(stored);
    this.logger.info({ accountIds: changed }, 'sites changed in the state folder');
    for (const accountId of changed) {
      this.onChanged(accountId);
    }
  }

  list(accountId: string): AccountSiteView[] {
    this.requireAccount(accountId);
    return this.state.accountSites(accountId);
  }

  /**
   * Adds a site by host name or pasted URL. Throws INVALID_INPUT for text that contains no host,
   * SITE_ALREADY_ADDED for a host the account has, and SITE_NOT_FOUND when Atlassian resolves no
   * site for it.
   */
  async add(accountId: string, input: string): Promise<AccountSiteView> {
    this.requireAccount(accountId);
    const host = normalizeSiteHost(input);
    if (this.state.accountSites(accountId).some((site) => site.host === host)) {
      throw alreadyAdded(host);
    }

    const sites = await withCredential(this.provider, accountId, (credential) =>
      fetchCloudIds({ credential, hostNames: [host] }),
    );
    const resolved = sites.find((site) => site.hostName === host);
    if (!resolved) {
      throw new InputError(ErrorCode.siteNotFound, `Atlassian has no site at ${host}.`, {
        hint: 'Check the spelling: copy the host from the address bar of the site, such as acme.atlassian.net.',
        details: { field: 'host', host },
      });
    }

    const site: AccountSiteView = {
      host,
      cloudId: resolved.cloudId,
      addedAt: new Date().toISOString(),
    };
    if (!(await this.store.add(accountId, site))) {
      throw alreadyAdded(host);
    }
    this.logger.info({ accountId, cloudId: site.cloudId }, 'site added');
    await this.load();
    this.onChanged(accountId);
    return site;
  }

  /**
   * Removes a site by host name or URL and returns its host. Throws SITE_NOT_FOUND when the
   * account does not have it.
   */
  async remove(accountId: string, input: string): Promise<string> {
    this.requireAccount(accountId);
    const host = normalizeSiteHost(input);
    if (!(await this.store.remove(accountId, host))) {
      throw new InputError(ErrorCode.siteNotFound, `${host} is not one of this account's sites.`, {
        hint: 'Run `atlassify sites list` to see which sites were added to the account.',
        details: { field: 'host', host },
      });
    }
    this.logger.info({ accountId }, 'site removed');
    await this.load();
    this.onChanged(accountId);
    return host;
  }

  /** Drops an account's sites after it signed out. */
  async forget(accountId: string): Promise<void> {
    await this.store.removeAccount(accountId);
    await this.load();
  }

  private requireAccount(accountId: string): void {
    if (!this.state.accountRecords().some((record) => record.id === accountId)) {
      throw new InputError(
        ErrorCode.accountNotFound,
        `No signed-in account has the id "${accountId}".`,
        { hint: 'List the accounts to see their ids.', details: { accountId } },
      );
    }
  }
}

function alreadyAdded(host: string): InputError {
  return new InputError(
    ErrorCode.siteAlreadyAdded,
    `${host} is already one of this account's sites.`,
    {
      hint: 'Nothing to do: the site is fetched on every poll.',
      details: { field: 'host', host },
    },
  );
}
