import { GraphQLError } from 'graphql';

/**
 * Extensions on every error the simulator's resolvers raise. Atlassian's gateway puts a
 * `statusCode` in its error extensions. `errorType` and `classification` are this simulator's own
 * values, stable for tests to match on.
 */
export interface ErrorExtensions {
  errorType: string;
  statusCode: number;
  classification: string;
}

function resolverError(message: string, extensions: ErrorExtensions): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions } });
}

export const unauthenticatedError = () =>
  resolverError(
    'Unauthenticated: this field needs a signed-in user; send an API token or an OAuth access token.',
    {
      errorType: 'UNAUTHENTICATED',
      statusCode: 401,
      classification: 'Unauthenticated',
    },
  );

export const missingScopeError = (anyOf: readonly string[]) =>
  resolverError(
    `The access token is missing a required scope; it needs one of: ${anyOf.join(', ')}.`,
    {
      errorType: 'INSUFFICIENT_SCOPE',
      statusCode: 403,
      classification: 'InsufficientOAuthScopes',
    },
  );

// Mirrors behaviour reported for the real gateway in 2025 and not confirmed here: the
// notifications fields rejected tokens of third-party OAuth (3LO) apps. The wording is our own.
export const oauthTokensNotSupportedError = () =>
  resolverError(
    'This API does not accept THIRD_PARTY_OAUTH tokens; sign in with an API token to read notifications.',
    {
      errorType: 'UNSUPPORTED_AUTH_TYPE',
      statusCode: 403,
      classification: 'UnsupportedAuthType',
    },
  );

export const badRequestError = (message: string) =>
  resolverError(message, {
    errorType: 'BAD_REQUEST',
    statusCode: 400,
    classification: 'ValidationError',
  });

export const forbiddenError = (message: string) =>
  resolverError(message, { errorType: 'FORBIDDEN', statusCode: 403, classification: 'Forbidden' });

export const notFoundError = (message: string) =>
  resolverError(message, { errorType: 'NOT_FOUND', statusCode: 404, classification: 'NotFound' });

export const serviceUnavailableError = (message: string) =>
  resolverError(message, {
    errorType: 'SERVICE_UNAVAILABLE',
    statusCode: 503,
    classification: 'DownstreamServiceError',
  });
