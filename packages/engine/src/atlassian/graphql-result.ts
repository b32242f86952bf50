import { z } from 'zod';

import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import { forbiddenError, shortenQuote } from './http-status.ts';

/** Request facts a parser needs to word its errors. */
export interface ParseContext {
  /** Picks the 403 wording; Basic when unknown. */
  credentialKind?: AtlassianCredential['kind'];
}

/**
 * One GraphQL error that came back next to data: the data is kept and this is shown as a
 * partial-results warning. `status` and `cloudId` come from the error's `extensions`, where
 * Atlassian's gateway puts them.
 */
export interface GraphqlWarning {
  message: string;
  /** The response path the error is about, dot-joined (`notifications.notificationFeed`). */
  path: string | null;
  status: number | null;
  cloudId: string | null;
  /** The host of the site `cloudId` names, when the caller knows it, such as `acme.atlassian.net`. */
  siteHost?: string | null;
}

export interface GraphqlResult {
  data: unknown;
  warnings: GraphqlWarning[];
}

const graphqlErrorSchema = z.object({
  message: z.string().catch('GraphQL error without a message'),
  path: z
    .array(z.union([z.string(), z.number()]))
    .nullish()
    .catch(null),
  extensions: z
    .object({
      statusCode: z.number().int().nullish().catch(null),
      cloudId: z.string().nullish().catch(null),
    })
    .nullish()
    .catch(null),
});

const envelopeSchema = z.object({
  data: z.unknown(),
  errors: z.array(z.unknown()).nullish(),
});

/**
 * Splits a GraphQL response into its data and warnings. Errors next to data become warnings;
 * errors without data throw, with the code their `extensions.statusCode` suggests.
 */
export function parseGraphqlResult(
  json: unknown,
  operationName: string,
  context: ParseContext = {},
): GraphqlResult {
  const envelope = envelopeSchema.safeParse(json);
  if (!envelope.success) {
    throw badResponse(
      `The ${operationName} response is not a GraphQL result object.`,
      operationName,
    );
  }

  const warnings = (envelope.data.errors ?? []).map(toWarning);
  const data = envelope.data.data;
  if (data !== null && data !== undefined) {
    return { data, warnings };
  }

  if (warnings.length === 0) {
    throw badResponse(`The ${operationName} response has neither data nor errors.`, operationName);
  }
  throw errorFromWarnings(warnings, operationName, context);
}

function toWarning(raw: unknown): GraphqlWarning {
  const parsed = graphqlErrorSchema.safeParse(raw);
  if (!parsed.success) {
    return { message: 'Malformed GraphQL error', path: null, status: null, cloudId: null };
  }

  const { message, path, extensions } = parsed.data;
  return {
    message: shortenQuote(message),
    path: path ? path.join('.') : null,
    status: extensions?.statusCode ?? null,
    cloudId: extensions?.cloudId ?? null,
  };
}

/**
 * Builds the error for GraphQL errors that left nothing usable, coded by the first error's
 * `extensions.statusCode`: 401 and 403 as for HTTP, 429 RATE_LIMITED, other 4xx BAD_RESPONSE,
 * 5xx or none SERVER_ERROR.
 */
export function errorFromWarnings(
  warnings: GraphqlWarning[],
  operationName: string,
  context: ParseContext = {},
): RemoteError {
  const first = warnings[0] ?? {
    message: 'unknown error',
    path: null,
    status: null,
    cloudId: null,
  };
  const details = {
    operation: operationName,
    errorCount: warnings.length,
    ...(first.status === null ? {} : { status: first.status }),
    ...(first.cloudId === null ? {} : { cloudId: first.cloudId }),
  };
  const message = `${operationName} failed with a GraphQL error: ${first.message}`;

  if (first.status === 401) {
    return new RemoteError(ErrorCode.invalidCredentials, message, {
      hint: 'Sign in again; the stored credential was rejected.',
      details,
    });
  }
  if (first.status === 403) {
    return forbiddenError(context.credentialKind ?? 'basic', operationName, details);
  }
  if (first.status === 429) {
    return new RemoteError(ErrorCode.rateLimited, message, {
      hint: 'Atlassify waits and tries again.',
      details,
    });
  }
  if (first.status !== null && first.status < 500) {
    return new RemoteError(ErrorCode.badResponse, message, {
      hint: 'Atlassian may have changed its API; update Atlassify, or report the error with this message.',
      details,
    });
  }
  return new RemoteError(ErrorCode.serverError, message, {
    hint: 'Atlassian may be having an outage; Atlassify tries again on the next poll.',
    details,
  });
}

export function badResponse(message: string, operationName: string): RemoteError {
  return new RemoteError(ErrorCode.badResponse, message, {
    hint: 'Atlassian may have changed its API; update Atlassify, or report the error with this message.',
    details: { operation: operationName },
  });
}
