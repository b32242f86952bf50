import type * as oauth from 'oauth4webapi';

import type { AccountRecord } from '../accounts/index.ts';
import {
  AtlassifyError,
  ErrorCode,
  InputError,
  isAtlassifyError,
} from '../errors/atlassify-error.ts';
import type { OAuthSignInStatus } from '../server/contract.ts';
import type { CallbackListener } from './callback-listener.ts';
import { type CallbackOutcome, classifyCallback } from './callback-outcome.ts';
import {
  type CallbackPage,
  failurePage,
  ignoredCallbackPage,
  successPage,
} from './callback-pages.ts';
import type { AuthorizationGrant } from './complete-sign-in.ts';

export interface SignInFlowSettings {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  expectedState: string;
  timeoutMs: number;
  /** Everything of the grant except the callback parameters and the signal, which the flow adds. */
  grant: Omit<AuthorizationGrant, 'callbackParameters' | 'signal'>;
  exchange: (grant: AuthorizationGrant) => Promise<AccountRecord>;
  onStatusChange?: ((status: OAuthSignInStatus) => void) | undefined;
}

type Phase = 'waiting' | 'exchanging' | 'done';

/**
 * One OAuth sign-in from "waiting for the browser" to success or failure. It owns its timer, its
 * abort controller and its listener, so nothing outlives it or leaks into a later sign-in.
 */
export class SignInFlow {
  readonly result: Promise<AccountRecord>;
  private phase: Phase = 'waiting';
  private readonly controller = new AbortController();
  private readonly timer: NodeJS.Timeout;
  private listener: CallbackListener | null = null;
  private onSettled: () => void = () => {};
  private resolveResult!: (record: AccountRecord) => void;
  private rejectResult!: (error: unknown) => void;

  constructor(private readonly settings: SignInFlowSettings) {
    this.result = new Promise<AccountRecord>((resolve, reject) => {
      this.resolveResult = resolve;
      this.rejectResult = reject;
    });
    // Callers that only await `completeWithRedirectUrl` must not see an unhandled rejection here.
    this.result.catch(() => {});
    this.timer = setTimeout(() => this.fail(timedOutError(settings.timeoutMs)), settings.timeoutMs);
  }

  /** Hands over the listener to close when the flow settles; `onSettled` runs after it closed. */
  attachListener(listener: CallbackListener, onSettled: () => void): void {
    this.listener = listener;
    this.onSettled = onSettled;
    if (this.phase === 'done') {
      // The flow ended (timed out) while the listener was starting.
      void listener.close().finally(onSettled);
    }
  }

  /** Stops the timer of a flow whose listener could not start; the caller reports that error. */
  discard(): void {
    this.phase = 'done';
    clearTimeout(this.timer);
  }

  /** Handles a GET of the callback path. Success is reported only after the account is saved. */
  async handleCallback(url: URL): Promise<CallbackPage> {
    if (this.phase === 'done') {
      return ignoredCallbackPage('This sign-in has already finished.');
    }
    if (this.phase === 'exchanging') {
      return ignoredCallbackPage('This sign-in is already being completed.');
    }

    const outcome = this.classify(url.searchParams);
    if (outcome.kind === 'ignored') {
      return ignoredCallbackPage(outcome.reason);
    }
    if (outcome.kind === 'error') {
      this.fail(outcome.error);
      return failurePage(outcome.error.message);
    }

    try {
      const record = await this.exchange(outcome.parameters);
      return successPage(record.email || record.name);
    } catch (error) {
      return failurePage(isAtlassifyError(error) ? error.message : 'Atlassian sign-in failed.');
    }
  }

  /** Completes the sign-in from a redirect URL pasted by the user (for headless machines). */
  async completeWithRedirectUrl(redirectUrl: string): Promise<AccountRecord> {
    if (this.phase !== 'waiting') {
      throw new InputError(
        ErrorCode.oauthInProgress,
        'This sign-in is already being completed or has finished.',
        {
          hint: 'Start a new sign-in if this one failed.',
        },
      );
    }

    let url: URL;
    try {
      url = new URL(redirectUrl.trim());
    } catch {
      throw pastedUrlError('it is not a URL');
    }
    const outcome = this.classify(url.searchParams);
    if (outcome.kind === 'ignored') {
      throw pastedUrlError(outcome.reason);
    }
    if (outcome.kind === 'error') {
      this.fail(outcome.error);
      throw outcome.error;
    }
    return this.exchange(outcome.parameters);
  }

  /** Ends a waiting sign-in with OAUTH_CANCELLED, or aborts the running token exchange. */
  cancel(): void {
    const error = new AtlassifyError(ErrorCode.oauthCancelled, 'The sign-in was cancelled.', {
      hint: 'Start the sign-in again when you are ready.',
    });
    if (this.phase === 'exchanging') {
      this.controller.abort(error);
    } else {
      this.fail(error);
    }
  }

  private classify(parameters: URLSearchParams): CallbackOutcome {
    return classifyCallback(
      this.settings.as,
      this.settings.client,
      parameters,
      this.settings.expectedState,
    );
  }

  private async exchange(callbackParameters: URLSearchParams): Promise<AccountRecord> {
    this.phase = 'exchanging';
    clearTimeout(this.timer);
    this.settings.onStatusChange?.('exchanging');

    try {
      const record = await this.settings.exchange({
        ...this.settings.grant,
        callbackParameters,
        signal: this.controller.signal,
      });
      this.succeed(record);
      return record;
    } catch (error) {
      this.fail(error);
      throw error;
    }
  }

  private succeed(record: AccountRecord): void {
    if (this.phase === 'done') {
      return;
    }
    this.phase = 'done';
    this.settle('succeeded', () => this.resolveResult(record));
  }

  private fail(error: unknown): void {
    if (this.phase === 'done') {
      return;
    }
    this.phase = 'done';
    this.controller.abort(error);
    const cancelled = isAtlassifyError(error) && error.code === ErrorCode.oauthCancelled;
    this.settle(cancelled ? 'cancelled' : 'failed', () => this.rejectResult(error));
  }

  /**
   * Closes the listener, then settles the result. Not awaited by the request handler: the listener
   * waits for that handler's page before it finishes closing.
   */
  private settle(status: OAuthSignInStatus, report: () => void): void {
    clearTimeout(this.timer);
    const closed = this.listener ? this.listener.close() : Promise.resolve();
    void closed.finally(() => {
      this.onSettled();
      report();
      this.settings.onStatusChange?.(status);
    });
  }
}

function timedOutError(timeoutMs: number): AtlassifyError {
  return new AtlassifyError(
    ErrorCode.oauthTimedOut,
    `The sign-in timed out: no answer from the browser within ${Math.round(timeoutMs / 1000)} s.`,
    {
      hint: 'Start the sign-in again and finish it in the browser tab it opens; on a machine without a browser, paste the redirected URL.',
      details: { timeoutMs },
    },
  );
}

function pastedUrlError(reason: string): InputError {
  return new InputError(
    ErrorCode.invalidInput,
    `The pasted URL cannot complete this sign-in: ${reason}`,
    {
      hint: 'Paste the whole address of the page Atlassian redirected to, starting with the callback URL.',
      details: { field: 'redirectUrl' },
    },
  );
}
