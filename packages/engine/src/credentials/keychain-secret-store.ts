import { AsyncEntry } from '@napi-rs/keyring';

import { ErrorCode, StorageError } from '../errors/atlassify-error.ts';
import { keychainError } from './keychain-errors.ts';
import type { SecretStore } from './secret-store.ts';

/**
 * Windows Credential Manager stores at most 2560 bytes per credential, as UTF-16, so one entry
 * fits at most 1280 UTF-16 code units. 1200 leaves room for the encoding overhead.
 */
const windowsMaxEntryLength = 1200;

/** First characters of a head entry whose value is split over `<name>#<index>` entries. */
const chunkMarker = 'atlassify-chunked-v1:';

export interface KeychainSecretStoreOptions {
  /** The keychain service name; `atlassify` by default. */
  service?: string;
  /**
   * Maximum UTF-16 code units per keychain entry. Longer values are split over several entries.
   * Defaults to 1200 on Windows and no limit elsewhere.
   */
  maxEntryLength?: number;
}

/**
 * Secrets in the OS keychain through @napi-rs/keyring: macOS Keychain, Windows Credential Manager,
 * or the Secret Service on Linux. On Linux the entry is pinned to the Secret Service, so a missing
 * or locked keyring fails with CREDENTIAL_STORE_UNAVAILABLE instead of falling back to the kernel
 * keyring, which loses every entry on reboot.
 */
export class KeychainSecretStore implements SecretStore {
  readonly kind = 'keychain';
  readonly service: string;
  private readonly maxEntryLength: number;

  constructor(options: KeychainSecretStoreOptions = {}) {
    this.service = options.service ?? 'atlassify';
    this.maxEntryLength =
      options.maxEntryLength ??
      (process.platform === 'win32' ? windowsMaxEntryLength : Number.POSITIVE_INFINITY);
  }

  async get(name: string): Promise<string | null> {
    const head = await this.readEntry(name);
    const count = chunkCount(head);
    if (head === null || count === 0) {
      return head;
    }

    const parts: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const part = await this.readEntry(partName(name, index));
      if (part === null) {
        throw new StorageError(
          ErrorCode.credentialStoreUnavailable,
          `The secret "${name}" in the OS keychain is incomplete: part ${index + 1} of ${count} is missing.`,
          {
            hint: 'Sign in to the account again to store a fresh secret.',
            details: { entryName: name },
          },
        );
      }
      parts.push(part);
    }
    return parts.join('');
  }

  async set(name: string, value: string): Promise<void> {
    const previousCount = chunkCount(await this.readEntry(name));

    if (value.length <= this.maxEntryLength) {
      await this.writeEntry(name, value);
      await this.deleteParts(name, 0, previousCount);
      return;
    }

    // Parts first, head last: a reader sees either the old value or the complete new one.
    // NOTE: a write that fails after some parts leaves those parts behind, and when the old value
    // was split too, its overwritten parts no longer match its head. Only stores with a
    // maxEntryLength (Windows) split values.
    const parts = splitIntoParts(value, this.maxEntryLength);
    for (const [index, part] of parts.entries()) {
      await this.writeEntry(partName(name, index), part);
    }
    await this.writeEntry(name, `${chunkMarker}${parts.length}`);
    await this.deleteParts(name, parts.length, previousCount);
  }

  async delete(name: string): Promise<boolean> {
    const count = chunkCount(await this.readEntry(name));
    await this.deleteParts(name, 0, count);
    return this.deleteEntry(name);
  }

  private async deleteParts(name: string, from: number, to: number): Promise<void> {
    for (let index = from; index < to; index += 1) {
      await this.deleteEntry(partName(name, index));
    }
  }

  private async readEntry(name: string): Promise<string | null> {
    try {
      return await this.entry(name).getPassword();
    } catch (error) {
      throw keychainError(error, 'read', name);
    }
  }

  private async writeEntry(name: string, value: string): Promise<void> {
    try {
      await this.entry(name).setPassword(value);
    } catch (error) {
      throw keychainError(error, 'write', name);
    }
  }

  private async deleteEntry(name: string): Promise<boolean> {
    try {
      return await this.entry(name).deleteCredential();
    } catch (error) {
      throw keychainError(error, 'delete', name);
    }
  }

  /** The constructor itself throws when no Secret Service is reachable, so callers wrap it. */
  private entry(name: string): AsyncEntry {
    return new AsyncEntry(this.service, name, { linux: { store: 'secret-service' } });
  }
}

function chunkCount(head: string | null): number {
  if (head === null || !head.startsWith(chunkMarker)) {
    return 0;
  }
  const count = Number(head.slice(chunkMarker.length));
  return Number.isInteger(count) && count > 0 ? count : 0;
}

function partName(name: string, index: number): string {
  return `${name}#${index}`;
}

/** Splits into parts of at most `size` code units, never between the halves of a surrogate pair. */
function splitIntoParts(value: string, size: number): string[] {
  const parts: string[] = [];
  let start = 0;
  while (start < value.length) {
    let end = Math.min(start + size, value.length);
    if (end < value.length && end - start > 1 && isHighSurrogate(value.charCodeAt(end - 1))) {
      end -= 1;
    }
    parts.push(value.slice(start, end));
    start = end;
  }
  return parts;
}

function isHighSurrogate(codeUnit: number): boolean {
  return codeUnit >= 0xd800 && codeUnit <= 0xdbff;
}
