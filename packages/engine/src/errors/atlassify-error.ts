/**
 * Stable error codes. Callers branch on these, never on message text.
 */
export const ErrorCode = {
  invalidInput: 'INVALID_INPUT',
  accountNotFound: 'ACCOUNT_NOT_FOUND',
  notificationNotFound: 'NOTIFICATION_NOT_FOUND',
  siteNotFound: 'SITE_NOT_FOUND',
  siteAlreadyAdded: 'SITE_ALREADY_ADDED',
  invalidCredentials: 'INVALID_CREDENTIALS',
  captchaRequired: 'CAPTCHA_REQUIRED',
  signInRequired: 'SIGN_IN_REQUIRED',
  oauthNotConfigured: 'OAUTH_NOT_CONFIGURED',
  oauthSecretMissing: 'OAUTH_SECRET_MISSING',
  oauthAccessDenied: 'OAUTH_ACCESS_DENIED',
  oauthFailed: 'OAUTH_FAILED',
  oauthCancelled: 'OAUTH_CANCELLED',
  oauthTimedOut: 'OAUTH_TIMED_OUT',
  oauthInProgress: 'OAUTH_IN_PROGRESS',
  callbackPortBusy: 'CALLBACK_PORT_BUSY',
  endpointMismatch: 'ENDPOINT_MISMATCH',
  notificationsUnavailableWithOAuth: 'NOTIFICATIONS_UNAVAILABLE_WITH_OAUTH',
  credentialStoreUnavailable: 'CREDENTIAL_STORE_UNAVAILABLE',
  network: 'NETWORK',
  rateLimited: 'RATE_LIMITED',
  serverError: 'SERVER_ERROR',
  badResponse: 'BAD_RESPONSE',
  stateFileCorrupt: 'STATE_FILE_CORRUPT',
  stateFileTooNew: 'STATE_FILE_TOO_NEW',
  stateFileFailed: 'STATE_FILE_FAILED',
  browserOpenFailed: 'BROWSER_OPEN_FAILED',
  demoStartFailed: 'DEMO_START_FAILED',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export interface AtlassifyErrorOptions {
  /** The next step for the user or caller, as one sentence. */
  hint?: string;
  cause?: unknown;
  /** Ids involved (accountId, cloudId, notification id, port). Never secrets. */
  details?: Record<string, string | number | boolean | undefined>;
}

/**
 * Base class of every error the engine throws on purpose. The message names the value that
 * failed; `hint` gives the next step. Tokens, responses and headers are never stored on it.
 */
export class AtlassifyError extends Error {
  readonly code: ErrorCode;
  readonly hint: string | undefined;
  readonly details: Record<string, string | number | boolean | undefined>;

  constructor(code: ErrorCode, message: string, options: AtlassifyErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
    this.details = options.details ?? {};
  }

  /** A JSON-safe view for the HTTP API and `--json` output. */
  toJSON(): {
    code: ErrorCode;
    message: string;
    hint?: string;
    details: AtlassifyError['details'];
  } {
    return {
      code: this.code,
      message: this.message,
      ...(this.hint === undefined ? {} : { hint: this.hint }),
      details: this.details,
    };
  }
}

/** The caller passed a bad value: a field, a flag, an id. */
export class InputError extends AtlassifyError {}

/** Atlassian (or the network to it) failed or refused. */
export class RemoteError extends AtlassifyError {}

/** Local storage failed: keychain, state files. */
export class StorageError extends AtlassifyError {}

/** Tells whether a string from an `ApiError` is one of the engine's error codes. */
export function isErrorCode(value: string): value is ErrorCode {
  return (Object.values(ErrorCode) as string[]).includes(value);
}

export function isAtlassifyError(value: unknown): value is AtlassifyError {
  return value instanceof AtlassifyError;
}
