import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { FileSecretStore } from './file-secret-store.ts';
import { secretStoreFromEnvironment } from './secret-store-factory.ts';

describe('FileSecretStore', () => {
  let home: string;

  beforeEach(async () => {
    home = await mkdtemp(join(tmpdir(), 'atlassify-file-store-'));
  });

  it('stores, reads and deletes secrets', async () => {
    const store = new FileSecretStore(join(home, 'credentials.json'));

    await store.set('api-token:a', 'token-a');
    await store.set('api-token:b', 'token-b');

    expect(await store.get('api-token:a')).toBe('token-a');
    expect(await store.delete('api-token:a')).toBe(true);
    expect(await store.delete('api-token:a')).toBe(false);
    expect(await store.get('api-token:a')).toBeNull();
    expect(await store.get('api-token:b')).toBe('token-b');
  });

  it('creates the file with mode 0600', async () => {
    const path = join(home, 'credentials.json');

    await new FileSecretStore(path).set('api-token:a', 'token-a');

    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('states the plain-text warning in the file', async () => {
    const path = join(home, 'credentials.json');

    await new FileSecretStore(path).set('api-token:a', 'token-a');

    expect(JSON.parse(await readFile(path, 'utf8')).warning).toContain('plain text');
  });

  it('keeps concurrent writes', async () => {
    const store = new FileSecretStore(join(home, 'credentials.json'));

    await Promise.all(
      ['a', 'b', 'c', 'd', 'e'].map((id) => store.set(`api-token:${id}`, `token-${id}`)),
    );

    expect(await store.get('api-token:e')).toBe('token-e');
    expect(await store.get('api-token:a')).toBe('token-a');
  });

  it('ignores inherited property names', async () => {
    const store = new FileSecretStore(join(home, 'credentials.json'));

    expect(await store.get('toString')).toBeNull();
  });
});

describe('secretStoreFromEnvironment', () => {
  it('defaults to the keychain', () => {
    expect(secretStoreFromEnvironment({}).kind).toBe('keychain');
  });

  it('opens the file store in the state home', () => {
    const store = secretStoreFromEnvironment({
      ATLASSIFY_CREDENTIAL_STORE: 'file',
      ATLASSIFY_HOME: '/tmp/atlassify-x',
    });

    expect(store).toBeInstanceOf(FileSecretStore);
    expect((store as FileSecretStore).path).toBe('/tmp/atlassify-x/credentials.json');
  });

  it('rejects an unknown store name', () => {
    const select = () => secretStoreFromEnvironment({ ATLASSIFY_CREDENTIAL_STORE: 'bogus' });

    expect(select).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', name: 'InputError' }));
    expect(select).toThrow(/"bogus".*"keychain" and "file"/);
  });
});
