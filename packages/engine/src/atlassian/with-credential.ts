import type {
  AtlassianCredential,
  CredentialProvider,
} from '../credentials/atlassian-credential.ts';
import { ErrorCode, isAtlassifyError } from '../errors/atlassify-error.ts';

/**
 * Runs `operation` with the account's credential. After a 401 from Atlassian, it requests a fresh
 * credential from the provider once and runs `operation` once more. A second 401, or a 403, is
 * thrown to the caller. The provider throws SIGN_IN_REQUIRED when it has nothing fresher.
 */
export async function withCredential<T>(
  provider: CredentialProvider,
  accountId: string,
  operation: (credential: AtlassianCredential) => Promise<T>,
): Promise<T> {
  const credential = await provider.getCredential(accountId);
  try {
    return await operation(credential);
  } catch (error) {
    if (!isUnauthorized(error)) {
      throw error;
    }
    const fresh = await provider.refreshAfterUnauthorized(accountId, credential);
    return operation(fresh);
  }
}

/** True for a 401, from HTTP or from a GraphQL error's `extensions.statusCode`. */
export function isUnauthorized(error: unknown): boolean {
  return (
    isAtlassifyError(error) &&
    error.code === ErrorCode.invalidCredentials &&
    error.details.status === 401
  );
}
