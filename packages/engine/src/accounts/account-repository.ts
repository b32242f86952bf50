import { z } from 'zod';

import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import { readJsonFile, statePaths, withFileLock, writeJsonFile } from '../store/index.ts';
import { type AccountRecord, AuthMethod, accountRecordSchema } from './account.ts';

/**
 * Version 2 added `authMethod`, `scopes`, `sites`, `status` and `credentialStore`. Files without a
 * version (0) or with version 1 only had API-token accounts. Version 3 added `atlassianBaseUrl`;
 * earlier records were signed in against Atlassian Cloud, because nothing else stored accounts.
 */
const accountsFileVersion = 3;

const accountsFileSchema = z.object({ accounts: z.array(accountRecordSchema) });

/** An account record without the timestamps, which the repository maintains. */
export type AccountInput = Omit<AccountRecord, 'createdAt' | 'updatedAt'>;

/** Fields `AccountRepository.update` may change. */
export type AccountChanges = Partial<Omit<AccountInput, 'id'>>;

export interface AccountRepositoryOptions {
  /** Wall clock in ms since the Unix epoch, for the timestamps; `Date.now` by default. */
  now?: () => number;
  /** Maximum time in ms to wait for another process's write; 60 000 by default. */
  lockWaitMs?: number;
}

/**
 * The non-secret account records in `accounts.json`, keyed by Atlassian account id. Every change
 * is a read-modify-write under an inter-process lock, so the app and the CLI can both write.
 */
export class AccountRepository {
  private readonly now: () => number;
  private readonly lockWaitMs: number | undefined;

  constructor(
    readonly path: string,
    options: AccountRepositoryOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.lockWaitMs = options.lockWaitMs;
  }

  static forStateHome(home: string, options?: AccountRepositoryOptions): AccountRepository {
    return new AccountRepository(statePaths(home).accountsFile, options);
  }

  async list(): Promise<AccountRecord[]> {
    const file = await readJsonFile(this.path, accountsFileSchema, {
      version: accountsFileVersion,
      migrate: (document) => migrateAccountsFile(document, new Date(this.now()).toISOString()),
    });
    return file?.accounts ?? [];
  }

  async get(id: string): Promise<AccountRecord | null> {
    const accounts = await this.list();
    return accounts.find((account) => account.id === id) ?? null;
  }

  /** Like `get`, but throws ACCOUNT_NOT_FOUND for an unknown id. */
  async require(id: string): Promise<AccountRecord> {
    const account = await this.get(id);
    if (!account) {
      throw accountNotFound(id);
    }
    return account;
  }

  /** Adds the account, or replaces the record with the same id and keeps its `createdAt`. */
  async upsert(input: AccountInput): Promise<AccountRecord> {
    return this.change((accounts) => {
      const timestamp = new Date(this.now()).toISOString();
      const existing = accounts.find((account) => account.id === input.id);
      const record: AccountRecord = {
        ...input,
        createdAt: existing?.createdAt ?? timestamp,
        updatedAt: timestamp,
      };
      const others = accounts.filter((account) => account.id !== input.id);
      return { accounts: [...others, record], result: record };
    });
  }

  /**
   * Changes fields of an existing account. The record is read inside the lock, so a change that
   * another process made to other fields meanwhile is kept. `fields` may be a function of the
   * current record that returns null to leave it as it is. Throws ACCOUNT_NOT_FOUND for an
   * unknown id.
   */
  async update(
    id: string,
    fields: AccountChanges | ((current: AccountRecord) => AccountChanges | null),
  ): Promise<AccountRecord> {
    return this.change((accounts) => {
      const current = accounts.find((account) => account.id === id);
      if (!current) {
        throw accountNotFound(id);
      }
      const changes = typeof fields === 'function' ? fields(current) : fields;
      if (changes === null) {
        return { accounts, result: current, unchanged: true };
      }
      const record: AccountRecord = {
        ...current,
        ...changes,
        id,
        updatedAt: new Date(this.now()).toISOString(),
      };
      return {
        accounts: accounts.map((account) => (account.id === id ? record : account)),
        result: record,
      };
    });
  }

  /** Returns whether the account existed. */
  async remove(id: string): Promise<boolean> {
    return this.change((accounts) => {
      const remaining = accounts.filter((account) => account.id !== id);
      return { accounts: remaining, result: remaining.length !== accounts.length };
    });
  }

  /** Runs `apply` on the records under the lock and writes them unless it reports `unchanged`. */
  private async change<T>(
    apply: (accounts: AccountRecord[]) => {
      accounts: AccountRecord[];
      result: T;
      unchanged?: boolean;
    },
  ): Promise<T> {
    const write = async () => {
      const { accounts, result, unchanged } = apply(await this.list());
      if (!unchanged) {
        await writeJsonFile(this.path, { accounts }, { version: accountsFileVersion, mode: 0o600 });
      }
      return result;
    };
    return withFileLock(
      this.path,
      write,
      this.lockWaitMs === undefined ? {} : { waitMs: this.lockWaitMs },
    );
  }
}

function accountNotFound(id: string): InputError {
  return new InputError(ErrorCode.accountNotFound, `No signed-in account has the id "${id}".`, {
    hint: 'List the accounts to see their ids, or sign in again.',
    details: { accountId: id },
  });
}

/**
 * Upgrades a file of version 0, 1 or 2 to version 3. Records of version 0 or 1 were all API-token
 * accounts in the keychain, and records of every earlier version belong to Atlassian Cloud.
 */
function migrateAccountsFile(
  document: Record<string, unknown>,
  timestamp: string,
): Record<string, unknown> {
  const { accounts } = document;
  if (!Array.isArray(accounts)) {
    throw new TypeError('accounts is not an array');
  }

  return {
    ...document,
    accounts: accounts.map((record: unknown) => ({
      authMethod: AuthMethod.apiToken,
      avatarUrl: null,
      scopes: [],
      sites: [],
      status: 'ok',
      credentialStore: 'keychain',
      atlassianBaseUrl: null,
      createdAt: timestamp,
      updatedAt: timestamp,
      ...(typeof record === 'object' && record !== null ? record : {}),
    })),
  };
}
