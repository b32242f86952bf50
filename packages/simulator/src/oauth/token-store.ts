import { createOpaqueToken } from '../auth/secrets.ts';
import type { Grant } from './refresh-families.ts';
import { RefreshFamilies } from './refresh-families.ts';

/** An authorization request waiting for the user to press Allow or Deny. */
export interface PendingAuthorization {
  grant: Grant;
  redirectUri: string;
  state: string;
  codeChallenge: string | null;
}

export interface AuthorizationCode extends PendingAuthorization {
  issuedAtMs: number;
  redeemed: boolean;
  /** Tokens issued from this code, revoked when the code is replayed (RFC 6749 section 4.1.2). */
  issued: { accessToken: string; familyId: number | null } | null;
}

export interface AccessToken {
  grant: Grant;
  expiresAtMs: number;
}

// Atlassian's codes are valid for 10 minutes. How long a consent page stays usable is not
// documented; 30 minutes is a guess that is long enough for a person at a browser.
export const CODE_LIFETIME_MS = 10 * 60 * 1000;
export const PENDING_LIFETIME_MS = 30 * 60 * 1000;

/** Lengths in characters of the tokens the simulator issues. */
export interface TokenLengths {
  accessToken: number;
  refreshToken: number;
}

/** Pending consents, authorization codes, access tokens and refresh tokens of the simulator. */
export class TokenStore {
  readonly refreshFamilies: RefreshFamilies;
  private readonly accessTokenLength: number;
  private readonly pending = new Map<string, PendingAuthorization & { createdAtMs: number }>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly accessTokens = new Map<string, AccessToken>();

  constructor(lengths: TokenLengths) {
    this.accessTokenLength = lengths.accessToken;
    this.refreshFamilies = new RefreshFamilies(lengths.refreshToken);
  }

  /** Stores a pending authorization and returns its opaque id for the consent form. */
  addPending(request: PendingAuthorization, nowMs: number): string {
    const id = createOpaqueToken();
    this.pending.set(id, { ...request, createdAtMs: nowMs });
    return id;
  }

  /** Removes and returns a pending authorization, or undefined when it is unknown or stale. */
  takePending(id: string, nowMs: number): PendingAuthorization | undefined {
    const entry = this.pending.get(id);
    this.pending.delete(id);
    if (!entry || nowMs - entry.createdAtMs > PENDING_LIFETIME_MS) {
      return undefined;
    }
    const { createdAtMs: _createdAtMs, ...request } = entry;
    return request;
  }

  issueCode(request: PendingAuthorization, nowMs: number): string {
    const code = createOpaqueToken();
    this.codes.set(code, { ...request, issuedAtMs: nowMs, redeemed: false, issued: null });
    return code;
  }

  findCode(code: string): AuthorizationCode | undefined {
    return this.codes.get(code);
  }

  /** Returns every authorization code issued since the last `clear`, oldest first. */
  issuedCodes(): string[] {
    return [...this.codes.keys()];
  }

  issueAccessToken(grant: Grant, expiresAtMs: number): string {
    const token = createOpaqueToken(this.accessTokenLength);
    this.accessTokens.set(token, { grant, expiresAtMs });
    return token;
  }

  /** Returns the access token's record, or undefined when it is unknown, revoked or expired. */
  findAccessToken(token: string, nowMs: number): AccessToken | undefined {
    const record = this.accessTokens.get(token);
    return record && nowMs < record.expiresAtMs ? record : undefined;
  }

  revokeAccessToken(token: string): void {
    this.accessTokens.delete(token);
  }

  expireAccessTokens(nowMs: number): void {
    for (const record of this.accessTokens.values()) {
      record.expiresAtMs = Math.min(record.expiresAtMs, nowMs);
    }
  }

  clear(): void {
    this.pending.clear();
    this.codes.clear();
    this.accessTokens.clear();
    this.refreshFamilies.clear();
  }
}
