import type { ContentfulStatusCode } from 'hono/utils/http-status';

import { type AtlassifyError, ErrorCode, isAtlassifyError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import type { ApiError } from './contract.ts';

const statusByCode: Partial<Record<ErrorCode, ContentfulStatusCode>> = {
  [ErrorCode.invalidInput]: 400,
  [ErrorCode.accountNotFound]: 404,
  [ErrorCode.notificationNotFound]: 404,
  [ErrorCode.siteNotFound]: 404,
  [ErrorCode.siteAlreadyAdded]: 409,
  [ErrorCode.oauthInProgress]: 409,
  [ErrorCode.callbackPortBusy]: 409,
  [ErrorCode.oauthNotConfigured]: 422,
  [ErrorCode.oauthSecretMissing]: 422,
  [ErrorCode.invalidCredentials]: 422,
  [ErrorCode.captchaRequired]: 422,
  [ErrorCode.signInRequired]: 422,
  [ErrorCode.endpointMismatch]: 422,
  [ErrorCode.credentialStoreUnavailable]: 503,
  [ErrorCode.stateFileCorrupt]: 500,
  [ErrorCode.demoStartFailed]: 500,
};

function statusFor(error: AtlassifyError): ContentfulStatusCode {
  return statusByCode[error.code] ?? 502;
}

/** Turns a thrown value into the API's error body and status; logs what was not expected. */
export function toErrorResponse(
  error: unknown,
  logger: Logger,
): { status: ContentfulStatusCode; body: ApiError } {
  if (isAtlassifyError(error)) {
    const field = error.details.field;
    const body: ApiError = {
      ...error.toJSON(),
      ...(typeof field === 'string' ? { field } : {}),
    };
    return { status: statusFor(error), body };
  }

  logger.error({ err: error }, 'request failed with an unexpected error');
  return {
    status: 500,
    body: {
      code: 'INTERNAL',
      message: 'Atlassify hit an unexpected error.',
      hint: 'Check the engine log, and report it if it happens again.',
    },
  };
}
