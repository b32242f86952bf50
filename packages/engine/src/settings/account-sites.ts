import { join } from 'node:path';

import { z } from 'zod';

import type { StorageError } from '../errors/atlassify-error.ts';
import { StateFile } from './state-file.ts';

const accountSitesFileVersion = 1;

/** A site the user added to an account, resolved to its cloud id when it was added. */
export interface AccountSite {
  /** Lower-cased, such as `acme.atlassian.net`. */
  host: string;
  cloudId: string;
  addedAt: string;
}

const accountSiteSchema = z.object({
  host: z.string().min(1),
  cloudId: z.string().min(1),
  addedAt: z.string(),
});

const accountSitesFileSchema = z.object({
  accounts: z.record(z.string(), z.array(accountSiteSchema)).default({}),
});

type AccountSitesFile = z.output<typeof accountSitesFileSchema>;

/**
 * Site hosts added per account, in `account-sites.json` in the state home. Each site is fetched
 * on its own besides the account's unscoped feed.
 */
export class AccountSitesStore {
  private readonly file: StateFile<AccountSitesFile>;

  constructor(path: string, options: { onProblem?: (error: StorageError) => void } = {}) {
    this.file = new StateFile({
      path,
      version: accountSitesFileVersion,
      schema: accountSitesFileSchema,
      empty: () => ({ accounts: {} }),
      ...(options.onProblem ? { onProblem: options.onProblem } : {}),
    });
  }

  static forStateHome(
    home: string,
    options?: { onProblem?: (error: StorageError) => void },
  ): AccountSitesStore {
    return new AccountSitesStore(join(home, 'account-sites.json'), options);
  }

  /** Returns every account's sites, keyed by account id. */
  async all(): Promise<Record<string, AccountSite[]>> {
    return (await this.file.read()).accounts;
  }

  async list(accountId: string): Promise<AccountSite[]> {
    return (await this.all())[accountId] ?? [];
  }

  /** Adds a site unless the account already has its host; returns false for a duplicate. */
  add(accountId: string, site: AccountSite): Promise<boolean> {
    return this.file.change((current) => {
      const sites = current.accounts[accountId] ?? [];
      if (sites.some((existing) => existing.host === site.host)) {
        return { next: current, result: false };
      }
      const accounts = { ...current.accounts, [accountId]: [...sites, site] };
      return { next: { accounts }, result: true };
    });
  }

  /** Removes a site by host; returns whether the account had it. */
  remove(accountId: string, host: string): Promise<boolean> {
    return this.file.change((current) => {
      const sites = current.accounts[accountId] ?? [];
      const remaining = sites.filter((site) => site.host !== host);
      const accounts = { ...current.accounts, [accountId]: remaining };
      return { next: { accounts }, result: remaining.length !== sites.length };
    });
  }

  /** Drops every site of an account, after it signed out. */
  removeAccount(accountId: string): Promise<void> {
    return this.file.change((current) => {
      const { [accountId]: _removed, ...accounts } = current.accounts;
      return { next: { accounts }, result: undefined };
    });
  }
}
