import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import type { AccountInput } from './account-repository.ts';
import { AccountRepository } from './account-repository.ts';

function account(id: string, fields: Partial<AccountInput> = {}): AccountInput {
  return {
    id,
    email: `${id}@example.test`,
    name: `User ${id}`,
    avatarUrl: null,
    authMethod: 'api-token',
    scopes: [],
    sites: [],
    status: 'ok',
    credentialStore: 'keychain',
    atlassianBaseUrl: null,
    ...fields,
  };
}

describe('AccountRepository', () => {
  let home: string;
  let clock: number;
  let repository: AccountRepository;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'atlassify-accounts-'));
    clock = Date.parse('2026-12-01T10:00:00Z');
    repository = AccountRepository.forStateHome(home, { now: () => clock });
  });

  it('lists nothing before the first sign-in', async () => {
    expect(await repository.list()).toEqual([]);
  });

  it('upserts by account id', async () => {
    await repository.upsert(account('a'));
    clock += 60_000;
    const updated = await repository.upsert(account('a', { name: 'Renamed' }));

    const accounts = await repository.list();

    expect(accounts).toHaveLength(1);
    expect(updated.name).toBe('Renamed');
    expect(updated.createdAt).toBe('2026-12-01T10:00:00.000Z');
    expect(updated.updatedAt).toBe('2026-12-01T10:01:00.000Z');
  });

  it('writes accounts.json with mode 0600', async () => {
    await repository.upsert(account('a'));

    expect((await stat(join(home, 'accounts.json'))).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(join(home, 'accounts.json'), 'utf8')).version).toBe(3);
  });

  it('updates a status in place', async () => {
    await repository.upsert(account('a'));
    await repository.upsert(account('b'));

    await repository.update('a', { status: 'sign-in-required' });

    expect((await repository.get('a'))?.status).toBe('sign-in-required');
    expect((await repository.get('b'))?.status).toBe('ok');
  });

  it('keeps concurrent updates of other fields', async () => {
    await repository.upsert(account('a'));

    await Promise.all([
      repository.update('a', { status: 'notifications-unavailable' }),
      repository.update('a', { name: 'Renamed' }),
    ]);

    expect(await repository.get('a')).toMatchObject({
      status: 'notifications-unavailable',
      name: 'Renamed',
    });
  });

  it('skips a declined update', async () => {
    const before = await repository.upsert(account('a'));

    const result = await repository.update('a', (current) =>
      current.authMethod === 'oauth' ? { status: 'notifications-unavailable' } : null,
    );

    expect(result).toEqual(before);
    expect(await repository.get('a')).toEqual(before);
  });

  it('reports an update of an unknown id', async () => {
    await expect(repository.update('missing', { status: 'ok' })).rejects.toMatchObject({
      code: 'ACCOUNT_NOT_FOUND',
    });
  });

  it('removes an account', async () => {
    await repository.upsert(account('a'));

    expect(await repository.remove('a')).toBe(true);
    expect(await repository.remove('a')).toBe(false);
    expect(await repository.list()).toEqual([]);
  });

  it('reports an unknown id', async () => {
    await expect(repository.require('missing')).rejects.toMatchObject({
      code: 'ACCOUNT_NOT_FOUND',
      details: { accountId: 'missing' },
    });
  });

  it('keeps concurrent upserts', async () => {
    await Promise.all(['a', 'b', 'c', 'd'].map((id) => repository.upsert(account(id))));

    expect((await repository.list()).map((record) => record.id).sort()).toEqual([
      'a',
      'b',
      'c',
      'd',
    ]);
  });

  it('migrates records without authMethod', async () => {
    const legacy = {
      version: 1,
      accounts: [
        {
          id: 'old',
          email: 'old@example.test',
          name: 'Old',
          createdAt: '2025-01-01T00:00:00.000Z',
          updatedAt: '2025-01-01T00:00:00.000Z',
        },
      ],
    };
    await writeFile(join(home, 'accounts.json'), JSON.stringify(legacy));

    const [record] = await repository.list();

    expect(record).toMatchObject({
      id: 'old',
      authMethod: 'api-token',
      avatarUrl: null,
      scopes: [],
      sites: [],
      status: 'ok',
      credentialStore: 'keychain',
      atlassianBaseUrl: null,
      createdAt: '2025-01-01T00:00:00.000Z',
    });
  });

  it('writes a migrated file with explicit auth methods', async () => {
    const unversioned = {
      accounts: [{ id: 'old', email: 'old@example.test', name: 'Old' }],
    };
    await writeFile(join(home, 'accounts.json'), JSON.stringify(unversioned));

    await repository.update('old', { status: 'sign-in-required' });
    const written = JSON.parse(await readFile(join(home, 'accounts.json'), 'utf8'));

    expect(written.version).toBe(3);
    expect(written.accounts).toEqual([
      expect.objectContaining({
        id: 'old',
        authMethod: 'api-token',
        status: 'sign-in-required',
        atlassianBaseUrl: null,
      }),
    ]);
  });

  it('migrates version 2 records to Atlassian Cloud', async () => {
    const { atlassianBaseUrl: _, ...withoutBaseUrl } = {
      ...account('oauth-user', { authMethod: 'oauth', scopes: ['read:me'] }),
      createdAt: '2025-06-01T00:00:00.000Z',
      updatedAt: '2025-06-01T00:00:00.000Z',
    };
    await writeFile(
      join(home, 'accounts.json'),
      JSON.stringify({ version: 2, accounts: [withoutBaseUrl] }),
    );

    const [record] = await repository.list();

    expect(record).toEqual({ ...withoutBaseUrl, atlassianBaseUrl: null });
  });

  it('keeps the base URL of a record', async () => {
    await repository.upsert(account('sim', { atlassianBaseUrl: 'http://127.0.0.1:4010' }));

    const [record] = await repository.list();

    expect(record?.atlassianBaseUrl).toBe('http://127.0.0.1:4010');
  });

  it('reports a corrupt accounts file', async () => {
    await writeFile(join(home, 'accounts.json'), '{ not json');

    await expect(repository.list()).rejects.toMatchObject({ code: 'STATE_FILE_CORRUPT' });
    expect(await repository.list()).toEqual([]);
  });
});
