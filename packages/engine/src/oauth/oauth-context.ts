import type { SignInContext } from '../accounts/index.ts';

/** Dependencies of OAuth sign-in, settings and token refresh, on top of the sign-in context. */
export interface OAuthContext extends SignInContext {
  /** The state home (`ATLASSIFY_HOME`), for `oauth-settings.json` and the refresh lock files. */
  stateHome: string;
  /** Read for `ATLASSIFY_OAUTH_CLIENT_ID`, `ATLASSIFY_OAUTH_CLIENT_SECRET` and `ATLASSIFY_OAUTH_CALLBACK_URL`. */
  env?: NodeJS.ProcessEnv;
  /** The distribution config shipped with the app; `packages/engine/distribution.json` by default. */
  distributionConfigPath?: string;
}
