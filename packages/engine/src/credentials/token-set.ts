import { z } from 'zod';

import { type SecretStore, secretNames } from './secret-store.ts';

/** An account's OAuth tokens as stored: two entries, so each stays under Windows' size limit. */
export interface TokenSet {
  /** Null when the access-token entry is missing or unreadable; a refresh replaces it. */
  accessToken: string | null;
  /** Expiry of the access token in ms since the Unix epoch (wall clock). */
  expiresAt: number;
  /** Null without `offline_access`; the account then needs a new sign-in when the access token expires. */
  refreshToken: string | null;
}

export interface NewTokens {
  accessToken: string;
  expiresAt: number;
  /** Undefined keeps the stored refresh token, for token responses that do not rotate it. */
  refreshToken?: string | undefined;
}

const accessEntrySchema = z.object({ accessToken: z.string().min(1), expiresAt: z.number() });

/** Reads both entries; returns null when the account has neither. */
export async function readTokenSet(
  store: SecretStore,
  accountId: string,
): Promise<TokenSet | null> {
  const refreshToken = await store.get(secretNames.oauthRefreshToken(accountId));
  const accessEntry = await store.get(secretNames.oauthAccessToken(accountId));
  if (refreshToken === null && accessEntry === null) {
    return null;
  }

  const access = parseAccessEntry(accessEntry);
  return {
    accessToken: access?.accessToken ?? null,
    expiresAt: access?.expiresAt ?? 0,
    refreshToken,
  };
}

/**
 * Stores the refresh token first, then the access token with its expiry. Refresh tokens rotate on
 * every use, so the new one must be safe on disk before anything uses the new access token.
 */
export async function storeTokenSet(
  store: SecretStore,
  accountId: string,
  tokens: NewTokens,
): Promise<void> {
  if (tokens.refreshToken !== undefined) {
    await store.set(secretNames.oauthRefreshToken(accountId), tokens.refreshToken);
  }
  const accessEntry = JSON.stringify({
    accessToken: tokens.accessToken,
    expiresAt: tokens.expiresAt,
  });
  await store.set(secretNames.oauthAccessToken(accountId), accessEntry);
}

/** Deletes both entries; returns whether any existed. */
export async function deleteTokenSet(store: SecretStore, accountId: string): Promise<boolean> {
  const access = await store.delete(secretNames.oauthAccessToken(accountId));
  const refresh = await store.delete(secretNames.oauthRefreshToken(accountId));
  return access || refresh;
}

function parseAccessEntry(value: string | null): z.output<typeof accessEntrySchema> | null {
  if (value === null) {
    return null;
  }
  try {
    const parsed = accessEntrySchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
