import { createOpaqueToken } from '../auth/secrets.ts';
import { invalidRefreshToken } from './token-error.ts';

/** Consent a user gave a client, the basis of every token issued from it. */
export interface Grant {
  accountId: string;
  clientId: string;
  scopes: string[];
}

// Rotation rules that Atlassian announced in 2022 for its Auth0-based refresh tokens: a superseded
// token stays usable for 10 minutes, and a family expires after 90 days without a refresh or 365
// days after consent.
export const REUSE_LEEWAY_MS = 10 * 60 * 1000;
export const INACTIVITY_EXPIRY_MS = 90 * 24 * 60 * 60 * 1000;
export const ABSOLUTE_EXPIRY_MS = 365 * 24 * 60 * 60 * 1000;

/** All refresh tokens that descend from one consent. */
interface RefreshFamily {
  id: number;
  grant: Grant;
  consentedAtMs: number;
  lastRefreshAtMs: number;
  revoked: boolean;
  current: string;
  previous: { token: string; supersededAtMs: number } | null;
}

export interface RefreshResult {
  grant: Grant;
  familyId: number;
  refreshToken: string;
}

/** Rotating refresh tokens, with reuse detection per family. */
export class RefreshFamilies {
  private readonly families = new Map<number, RefreshFamily>();
  private readonly familyOfToken = new Map<string, number>();
  private nextFamilyId = 1;

  constructor(private readonly tokenLength: number) {}

  start(grant: Grant, nowMs: number): RefreshResult {
    const family: RefreshFamily = {
      id: this.nextFamilyId++,
      grant,
      consentedAtMs: nowMs,
      lastRefreshAtMs: nowMs,
      revoked: false,
      current: createOpaqueToken(this.tokenLength),
      previous: null,
    };
    this.families.set(family.id, family);
    this.familyOfToken.set(family.current, family.id);
    return { grant, familyId: family.id, refreshToken: family.current };
  }

  /**
   * Redeems a refresh token. The current token rotates: the caller gets a new one and the old one
   * becomes the most recently superseded. Replaying that one within the leeway succeeds. Any other
   * replay revokes the whole family, as Auth0 does. Throws `invalid_grant` when the token is refused.
   * With `rotate` false the current token stays current, as for a server without rotation.
   */
  redeem(token: string, clientId: string, nowMs: number, rotate = true): RefreshResult {
    const family = this.liveFamilyOf(token, clientId, nowMs);

    if (token === family.current && !rotate) {
      family.lastRefreshAtMs = nowMs;
      return { grant: family.grant, familyId: family.id, refreshToken: token };
    }
    if (token === family.current) {
      const refreshToken = createOpaqueToken(this.tokenLength);
      family.previous = { token, supersededAtMs: nowMs };
      family.current = refreshToken;
      family.lastRefreshAtMs = nowMs;
      this.familyOfToken.set(refreshToken, family.id);
      return { grant: family.grant, familyId: family.id, refreshToken };
    }

    const previous = family.previous;
    if (previous?.token === token && nowMs - previous.supersededAtMs <= REUSE_LEEWAY_MS) {
      // NOTE: Atlassian does not document what a replay inside the leeway returns. Here it returns
      // the family's current refresh token unchanged, so two racing clients end up holding the same
      // valid token. Auth0 may instead issue yet another one.
      family.lastRefreshAtMs = nowMs;
      return { grant: family.grant, familyId: family.id, refreshToken: family.current };
    }

    family.revoked = true;
    throw invalidRefreshToken();
  }

  revokeFamily(familyId: number): void {
    const family = this.families.get(familyId);
    if (family) {
      family.revoked = true;
    }
  }

  revokeAll(): void {
    for (const family of this.families.values()) {
      family.revoked = true;
    }
  }

  clear(): void {
    this.families.clear();
    this.familyOfToken.clear();
  }

  private liveFamilyOf(token: string, clientId: string, nowMs: number): RefreshFamily {
    const familyId = this.familyOfToken.get(token);
    const family = familyId === undefined ? undefined : this.families.get(familyId);
    if (!family || family.revoked || family.grant.clientId !== clientId) {
      throw invalidRefreshToken();
    }
    const idle = nowMs - family.lastRefreshAtMs > INACTIVITY_EXPIRY_MS;
    const tooOld = nowMs - family.consentedAtMs > ABSOLUTE_EXPIRY_MS;
    if (idle || tooOld) {
      family.revoked = true;
      throw invalidRefreshToken();
    }
    return family;
  }
}
