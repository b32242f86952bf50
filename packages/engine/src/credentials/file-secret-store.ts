import { z } from 'zod';

import { readJsonFile, withFileLock, writeJsonFile } from '../store/index.ts';
import type { SecretStore } from './secret-store.ts';

/** Warning for the caller to show the user when it opens the file store. */
export const fileSecretStoreWarning =
  'Secrets are stored in plain text in credentials.json (mode 0600), because ATLASSIFY_CREDENTIAL_STORE=file is set. Anyone who can read your files can read them.';

const fileVersion = 1;

const credentialsFileSchema = z.object({
  secrets: z.record(z.string(), z.string()),
});

/**
 * Secrets in a JSON file that only its owner may read (mode 0600 from creation). This is the
 * explicit opt-in for machines without a working keychain; it is never chosen automatically.
 * Each change is a locked read-modify-write with an atomic rename, so concurrent processes do
 * not lose each other's entries.
 */
export class FileSecretStore implements SecretStore {
  readonly kind = 'file';
  readonly warning = fileSecretStoreWarning;

  constructor(readonly path: string) {}

  async get(name: string): Promise<string | null> {
    const secrets = await this.readSecrets();
    return Object.hasOwn(secrets, name) ? (secrets[name] ?? null) : null;
  }

  async set(name: string, value: string): Promise<void> {
    await withFileLock(this.path, async () => {
      const secrets = await this.readSecrets();
      secrets[name] = value;
      await this.writeSecrets(secrets);
    });
  }

  async delete(name: string): Promise<boolean> {
    return withFileLock(this.path, async () => {
      const secrets = await this.readSecrets();
      if (!Object.hasOwn(secrets, name)) {
        return false;
      }
      delete secrets[name];
      await this.writeSecrets(secrets);
      return true;
    });
  }

  private async readSecrets(): Promise<Record<string, string>> {
    const file = await readJsonFile(this.path, credentialsFileSchema, { version: fileVersion });
    return { ...(file?.secrets ?? {}) };
  }

  private async writeSecrets(secrets: Record<string, string>): Promise<void> {
    await writeJsonFile(
      this.path,
      { warning: fileSecretStoreWarning, secrets },
      { version: fileVersion, mode: 0o600 },
    );
  }
}
