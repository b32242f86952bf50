import * as oauth from 'oauth4webapi';

import type { AccountRecord } from '../accounts/index.ts';
import { secretNames } from '../credentials/index.ts';
import { AtlassifyError, ErrorCode, isAtlassifyError } from '../errors/atlassify-error.ts';
import type { OAuthSignInStatus } from '../server/contract.ts';
import { authorizationServer } from './authorization-server.ts';
import { buildAuthorizeUrl, requestedScopes } from './authorize-url.ts';
import { claimCallbackPort, explainBusyCallbackPort } from './callback-claim.ts';
import {
  type CallbackListener,
  parseCallbackUrl,
  startCallbackListener,
} from './callback-listener.ts';
import {
  callbackUrlFromEnvironment,
  defaultOAuthScopes,
  resolveOAuthClient,
} from './client-config.ts';
import { completeOAuthSignIn } from './complete-sign-in.ts';
import type { OAuthContext } from './oauth-context.ts';
import { SignInFlow } from './sign-in-flow.ts';

/** Maximum time in ms to wait for the browser to come back to the callback; 5 minutes. */
export const defaultSignInTimeoutMs = 5 * 60_000;

export interface OAuthSignInOptions {
  /** Overrides the configured client for this sign-in (flags, or the OAuth tab's form). */
  clientId?: string;
  clientSecret?: string;
  /** Opens the authorize URL, normally `openInBrowser`. Its failure does not end the sign-in. */
  openBrowser: (url: string) => Promise<void>;
  /** Defaults to `ATLASSIFY_OAUTH_CALLBACK_URL`, else `http://localhost:3000/callback`. */
  callbackUrl?: string;
  /** Aborting it cancels the sign-in. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Scopes requested on top of `read:me read:account read:jira-work offline_access`. */
  extraScopes?: string[];
  onStatusChange?: (status: OAuthSignInStatus) => void;
  /**
   * `optional` continues without the loopback listener when the callback port is busy, for a user
   * who pastes the redirected URL. `required` (the default) fails the sign-in instead.
   */
  callbackListener?: 'required' | 'optional';
}

export interface OAuthSignIn {
  /** Print it too: `open` cannot tell whether a browser appeared. */
  readonly authorizeUrl: string;
  /** The signed-in account, or the AtlassifyError that ended the sign-in. */
  readonly result: Promise<AccountRecord>;
  /** Settles when `openBrowser` does, and rejects with its error; the sign-in waits either way. */
  readonly browserOpened: Promise<void>;
  /**
   * The reason no listener waits for the browser (the port is busy), or null when one does. Set only
   * with `callbackListener: 'optional'`; then only a pasted URL completes the sign-in.
   */
  readonly callbackProblem: AtlassifyError | null;
  cancel(): void;
  /**
   * Completes the sign-in from the URL the browser was redirected to, for machines where the
   * browser cannot reach the listener. Resolves like `result`.
   */
  completeWithRedirectUrl(redirectUrl: string): Promise<AccountRecord>;
}

/**
 * The running sign-in of this process. Only one may run: the callback port is fixed, and a second
 * consent tab would only confuse. It is cleared when the running flow settles.
 */
let activeSignIn: 'starting' | SignInFlow | null = null;

/**
 * Starts an OAuth 2.0 (3LO) sign-in: resolves the client, starts the loopback callback listener,
 * then opens the authorize URL. Fails before the browser opens with OAUTH_IN_PROGRESS (also when
 * another Atlassify process's sign-in uses the callback port), OAUTH_NOT_CONFIGURED,
 * OAUTH_SECRET_MISSING, CREDENTIAL_STORE_UNAVAILABLE or CALLBACK_PORT_BUSY, unless the listener is
 * optional.
 * @see https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo/
 */
export async function startOAuthSignIn(
  options: OAuthSignInOptions,
  context: OAuthContext,
): Promise<OAuthSignIn> {
  if (activeSignIn !== null) {
    throw new AtlassifyError(ErrorCode.oauthInProgress, 'An OAuth sign-in is already running.', {
      hint: 'Finish or cancel it in Atlassify, then start again.',
    });
  }
  activeSignIn = 'starting';

  try {
    return await start(options, context);
  } catch (error) {
    activeSignIn = null;
    throw error;
  }
}

async function start(options: OAuthSignInOptions, context: OAuthContext): Promise<OAuthSignIn> {
  if (options.signal?.aborted) {
    throw new AtlassifyError(ErrorCode.oauthCancelled, 'The sign-in was cancelled.');
  }
  const client = await resolveOAuthClient(
    { clientId: options.clientId, clientSecret: options.clientSecret },
    context,
  );
  // Reading one entry makes a keychain that cannot be reached fail the sign-in here, before the
  // browser opens, instead of after the user has given consent.
  await context.secrets.get(secretNames.oauthClientSecret(client.clientId));
  const callbackUrl = parseCallbackUrl(
    options.callbackUrl ?? callbackUrlFromEnvironment(context.env),
  );
  const redirectUri = callbackUrl.href;
  const scopes = requestedScopes(defaultOAuthScopes, options.extraScopes);
  const expectedState = oauth.generateRandomState();
  const codeVerifier = oauth.generateRandomCodeVerifier();
  const authorizeUrl = buildAuthorizeUrl(context.endpoints, {
    clientId: client.clientId,
    redirectUri,
    scopes,
    state: expectedState,
    codeChallenge: await oauth.calculatePKCECodeChallenge(codeVerifier),
  });

  const flow = new SignInFlow({
    as: authorizationServer(context.endpoints),
    client: { client_id: client.clientId },
    expectedState,
    timeoutMs: options.timeoutMs ?? defaultSignInTimeoutMs,
    grant: { client, codeVerifier, redirectUri, requestedScopes: scopes },
    exchange: (grant) => completeOAuthSignIn(grant, context),
    onStatusChange: options.onStatusChange,
  });

  let listener: CallbackListener;
  let callbackProblem: AtlassifyError | null = null;
  try {
    listener = await listenWithClaim(callbackUrl, flow, context.stateHome);
  } catch (error) {
    const explained = await explainBusyCallbackPort(
      error,
      context.stateHome,
      callbackPort(callbackUrl),
    );
    if (options.callbackListener !== 'optional' || !isPortTaken(explained)) {
      flow.discard();
      throw explained;
    }
    callbackProblem = explained;
    listener = { close: async () => {} };
  }

  const cancelOnAbort = () => flow.cancel();
  options.signal?.addEventListener('abort', cancelOnAbort, { once: true });
  activeSignIn = flow;
  flow.attachListener(listener, () => {
    options.signal?.removeEventListener('abort', cancelOnAbort);
    if (activeSignIn === flow) {
      activeSignIn = null;
    }
  });

  options.onStatusChange?.('waiting-for-browser');
  const browserOpened = Promise.resolve().then(() => options.openBrowser(authorizeUrl));
  browserOpened.catch(() => {});

  return {
    authorizeUrl,
    result: flow.result,
    browserOpened,
    callbackProblem,
    cancel: () => flow.cancel(),
    completeWithRedirectUrl: (redirectUrl) => flow.completeWithRedirectUrl(redirectUrl),
  };
}

/** Starts the loopback listener and claims its port, releasing the claim when it closes. */
async function listenWithClaim(
  callbackUrl: URL,
  flow: SignInFlow,
  stateHome: string,
): Promise<CallbackListener> {
  const listener = await startCallbackListener(callbackUrl, (url) => flow.handleCallback(url));
  const claim = await claimCallbackPort(stateHome, callbackPort(callbackUrl));
  return {
    close: async () => {
      await listener.close();
      await claim.release();
    },
  };
}

function callbackPort(callbackUrl: URL): number {
  return Number(callbackUrl.port || 80);
}

function isPortTaken(error: unknown): error is AtlassifyError {
  return (
    isAtlassifyError(error) &&
    (error.code === ErrorCode.callbackPortBusy || error.code === ErrorCode.oauthInProgress)
  );
}
