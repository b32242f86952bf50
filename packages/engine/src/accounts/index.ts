export {
  type AccountRecord,
  type AccountStatus,
  AuthMethod,
  accountRecordSchema,
  accountStatusSchema,
  type Site,
  siteSchema,
} from './account.ts';
export {
  type AccountInput,
  AccountRepository,
  type AccountRepositoryOptions,
} from './account-repository.ts';
export { signInWithApiToken, validateApiTokenRequest } from './api-token-sign-in.ts';
export {
  defaultRequestTimeoutMs,
  networkError,
  type RequestOptions,
  readJsonBody,
  sendRequest,
  statusError,
} from './atlassian-http.ts';
export {
  requireSameEndpoints,
  type SignInContext,
  secretStoreForAccount,
} from './sign-in-context.ts';
export { signOut } from './sign-out.ts';
export { type VerifiedUser, verifyApiToken } from './verify-api-token.ts';
