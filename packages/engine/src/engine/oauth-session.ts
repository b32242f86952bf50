import type { AccountRecord } from '../accounts/account.ts';
import { ErrorCode, isAtlassifyError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import { type OAuthContext, type OAuthSignIn, startOAuthSignIn } from '../oauth/index.ts';
import { toApiError } from '../poller/index.ts';
import type { AccountView, OAuthSignInRequest, OAuthSignInView } from '../server/contract.ts';
import type { OAuthSignInHandle } from './engine.ts';
import { type EngineState, toAccountView } from './engine-state.ts';

/**
 * Runs the OAuth sign-in for the engine: starts it, mirrors its progress into the engine state
 * for the app window, and reloads the accounts when it succeeds.
 */
export class OAuthSession {
  private current: OAuthSignIn | null = null;

  constructor(
    private readonly context: OAuthContext,
    private readonly state: EngineState,
    private readonly openUrl: (url: string) => Promise<void>,
    private readonly onSignedIn: (record: AccountRecord) => Promise<void>,
    private readonly logger: Logger,
  ) {}

  /** Starts a sign-in whose progress the app window follows in snapshots. */
  async start(request: OAuthSignInRequest): Promise<OAuthSignInView> {
    await this.begin(request, this.openUrl);
    return this.state.oauthSignIn();
  }

  /**
   * Starts a sign-in for a caller that waits for it. `openBrowser: false` only prints the URL, and
   * then a busy callback port leaves the sign-in to a pasted URL instead of failing it.
   */
  async begin(
    request: OAuthSignInRequest & { openBrowser?: boolean },
    openUrl = this.openUrl,
  ): Promise<OAuthSignInHandle> {
    const opener = request.openBrowser === false ? async () => {} : openUrl;

    let signIn: OAuthSignIn;
    try {
      signIn = await startOAuthSignIn(
        {
          ...(request.clientId ? { clientId: request.clientId } : {}),
          ...(request.clientSecret ? { clientSecret: request.clientSecret } : {}),
          openBrowser: opener,
          onStatusChange: (status) => this.setStatus(status),
          callbackListener: request.openBrowser === false ? 'optional' : 'required',
        },
        this.context,
      );
    } catch (error) {
      this.fail(error);
      throw error;
    }

    this.current = signIn;
    this.logger.info('OAuth sign-in started');
    this.state.setOAuthSignIn({
      status: 'waiting-for-browser',
      authorizeUrl: signIn.authorizeUrl,
      accountId: null,
      error: null,
    });
    signIn.browserOpened.catch((error: unknown) => {
      this.logger.warn(
        { code: isAtlassifyError(error) ? error.code : undefined },
        'could not open the browser for OAuth sign-in',
      );
    });

    const result = signIn.result.then(
      (record) => this.succeed(record),
      (error: unknown) => {
        this.fail(error);
        throw error;
      },
    );
    result.catch(() => {});

    if (signIn.callbackProblem) {
      this.logger.info(
        { code: signIn.callbackProblem.code },
        'OAuth sign-in continues without a callback listener',
      );
    }
    return {
      authorizeUrl: signIn.authorizeUrl,
      callbackProblem: signIn.callbackProblem ? toApiError(signIn.callbackProblem) : null,
      result,
      cancel: () => signIn.cancel(),
      completeWithRedirectUrl: async (url) => {
        await signIn.completeWithRedirectUrl(url);
        return result;
      },
    };
  }

  cancel(): void {
    this.current?.cancel();
  }

  private setStatus(status: OAuthSignInView['status']): void {
    this.state.setOAuthSignIn({ ...this.state.oauthSignIn(), status });
  }

  private async succeed(record: AccountRecord): Promise<AccountView> {
    this.current = null;
    this.logger.info({ accountId: record.id }, 'OAuth sign-in succeeded');
    await this.onSignedIn(record);
    this.state.setOAuthSignIn({
      ...this.state.oauthSignIn(),
      status: 'succeeded',
      accountId: record.id,
      error: null,
    });
    return toAccountView(record);
  }

  private fail(error: unknown): void {
    this.current = null;
    const cancelled = isAtlassifyError(error) && error.code === ErrorCode.oauthCancelled;
    this.logger.info(
      { code: isAtlassifyError(error) ? error.code : undefined },
      'OAuth sign-in ended without an account',
    );
    this.state.setOAuthSignIn({
      ...this.state.oauthSignIn(),
      status: cancelled ? 'cancelled' : 'failed',
      error: cancelled ? null : toApiError(error),
    });
  }
}
