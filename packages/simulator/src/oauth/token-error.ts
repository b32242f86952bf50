import { SimulatorError } from '../errors.ts';

export type TokenErrorStatus = 400 | 401 | 403;

/**
 * A token-endpoint failure, returned as `{ error, error_description }` with the status Atlassian
 * uses: 401 for client authentication, 403 (not RFC 6749's 400) for `invalid_grant`.
 */
export class TokenEndpointError extends SimulatorError {
  readonly status: TokenErrorStatus;
  readonly error: string;
  readonly description: string;

  constructor(status: TokenErrorStatus, error: string, description: string) {
    super(`TOKEN_${error.toUpperCase()}`, `${error}: ${description}`);
    this.status = status;
    this.error = error;
    this.description = description;
  }
}

export const clientUnauthorized = () =>
  new TokenEndpointError(401, 'access_denied', 'Unauthorized');

export const invalidAuthorizationCode = () =>
  new TokenEndpointError(403, 'invalid_grant', 'Invalid authorization code');

export const invalidRefreshToken = () =>
  new TokenEndpointError(403, 'invalid_grant', 'Unknown or invalid refresh token.');

export const invalidRequest = (description: string) =>
  new TokenEndpointError(400, 'invalid_request', description);
