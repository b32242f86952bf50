import { deleteTokenSet, rememberSecrets, secretNames } from '../credentials/index.ts';
import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import type { ApiTokenSignInRequest } from '../server/contract.ts';
import { type AccountRecord, AuthMethod } from './account.ts';
import type { SignInContext } from './sign-in-context.ts';
import { verifyApiToken } from './verify-api-token.ts';

/**
 * Signs in with an email and API token: trims both, rejects empty fields and tokens with inner
 * whitespace before any request, verifies the pair with Atlassian, stores the token, then the
 * account record. Signing in to the same Atlassian account again replaces its token in place.
 */
export async function signInWithApiToken(
  request: ApiTokenSignInRequest,
  context: SignInContext,
): Promise<AccountRecord> {
  const { email, token } = validateApiTokenRequest(request);
  const user = await verifyApiToken(email, token, context.endpoints, {
    timeoutMs: context.requestTimeoutMs,
  });
  const existing = await context.accounts.get(user.accountId);

  const entryName = secretNames.apiToken(user.accountId);
  const restore = await rememberSecrets(context.secrets, [entryName]);
  await context.secrets.set(entryName, token);

  let record: AccountRecord;
  try {
    record = await context.accounts.upsert({
      id: user.accountId,
      email,
      name: user.name ?? email,
      avatarUrl: user.picture,
      authMethod: AuthMethod.apiToken,
      scopes: [],
      sites: existing?.authMethod === AuthMethod.apiToken ? existing.sites : [],
      status: 'ok',
      credentialStore: context.secrets.kind,
      atlassianBaseUrl: context.endpoints.baseUrl,
      ...(context.demo ? { demo: true } : {}),
    });
  } catch (error) {
    // The record write failed, so the token must not stay behind as a half-added account. The
    // record error is the one to report, even if restoring fails too.
    await restore().catch(() => {});
    throw error;
  }

  if (
    existing?.authMethod === AuthMethod.oauth &&
    existing.credentialStore === context.secrets.kind
  ) {
    // NOTE: the account now uses the API token; its OAuth tokens are no longer read. A failure to
    // delete them leaves an unused entry behind, which must not turn a good sign-in into an error.
    await deleteTokenSet(context.secrets, user.accountId).catch(() => false);
  }
  return record;
}

/** Trims both fields and throws INVALID_INPUT with `details.field` for the first bad one. */
export function validateApiTokenRequest(request: ApiTokenSignInRequest): ApiTokenSignInRequest {
  const email = (request.email ?? '').trim();
  const token = (request.token ?? '').trim();

  if (email === '') {
    throw fieldError(
      'email',
      'Email is required.',
      'Enter the email address of your Atlassian account.',
    );
  }
  if (/\s/.test(email) || !email.includes('@')) {
    throw fieldError(
      'email',
      `"${email}" is not an email address.`,
      'Enter the email address of your Atlassian account.',
    );
  }
  if (token === '') {
    throw fieldError(
      'token',
      'API token is required.',
      'Paste the API token you created for this account.',
    );
  }
  if (/\s/.test(token)) {
    throw fieldError(
      'token',
      'The API token contains spaces or line breaks.',
      'Copy the token again and paste it without them.',
    );
  }
  return { email, token };
}

function fieldError(field: 'email' | 'token', message: string, hint: string): InputError {
  return new InputError(ErrorCode.invalidInput, message, { hint, details: { field } });
}
