export {
  callbackUrlFromEnvironment,
  defaultCallbackUrl,
  defaultOAuthScopes,
  type OAuthClient,
  type OAuthClientOverrides,
  type OAuthClientSource,
  readOAuthSettingsView,
  resolveOAuthClient,
  saveOAuthSettings,
} from './client-config.ts';
export { OAuthCredentialProvider, refreshMarginMs } from './credential-provider.ts';
export type { OAuthContext } from './oauth-context.ts';
export { defaultDistributionConfigPath } from './oauth-settings.ts';
export {
  defaultSignInTimeoutMs,
  type OAuthSignIn,
  type OAuthSignInOptions,
  startOAuthSignIn,
} from './oauth-sign-in.ts';
