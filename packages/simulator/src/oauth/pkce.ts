import { createHash, timingSafeEqual } from 'node:crypto';

// RFC 7636: a verifier is 43 to 128 unreserved characters, and its S256 challenge is the
// unpadded base64url SHA-256 digest, which is always 43 characters long.
const VERIFIER_PATTERN = /^[A-Za-z0-9._~-]{43,128}$/;
export const S256_CHALLENGE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function computeS256Challenge(verifier: string): string {
  return createHash('sha256').update(verifier, 'ascii').digest('base64url');
}

/** Checks a `code_verifier` against the S256 `code_challenge` sent to `/authorize`. */
export function verifyS256(verifier: string | undefined, challenge: string): boolean {
  if (verifier === undefined || !VERIFIER_PATTERN.test(verifier)) {
    return false;
  }
  const expected = Buffer.from(challenge, 'ascii');
  const actual = Buffer.from(computeS256Challenge(verifier), 'ascii');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
