import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Compares two secrets in constant time, whatever their lengths. */
export function secretsEqual(actual: string, expected: string): boolean {
  const actualDigest = createHash('sha256').update(actual, 'utf8').digest();
  const expectedDigest = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(actualDigest, expectedDigest);
}

/** Length in characters of a default opaque token: 32 random bytes, base64url-encoded. */
export const DEFAULT_TOKEN_LENGTH = 43;

/** Creates an opaque random token of `length` base64url characters (43 by default). */
export function createOpaqueToken(length = DEFAULT_TOKEN_LENGTH): string {
  return randomBytes(Math.ceil((length * 3) / 4))
    .toString('base64url')
    .slice(0, length);
}
