import { z } from 'zod';

import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';
import { meDocument, retrieveCloudIdsForHostnamesDocument } from './documents.ts';
import { postGraphql, type TransportOptions } from './graphql-client.ts';
import { badResponse, type ParseContext, parseGraphqlResult } from './graphql-result.ts';

export interface MeUser {
  accountId: string;
  name: string;
  /** Avatar URL. */
  picture: string | null;
}

export interface SiteCloudId {
  /** Lower-cased, such as `acme.atlassian.net`. */
  hostName: string;
  cloudId: string;
}

const meDataSchema = z.object({
  me: z
    .object({
      user: z
        .object({
          accountId: z.string().min(1),
          name: z.string().nullish(),
          picture: z.string().nullish(),
        })
        .nullish(),
    })
    .nullish(),
});

const tenantContextsDataSchema = z.object({
  tenantContexts: z
    .array(z.object({ cloudId: z.string().nullish(), hostName: z.string().nullish() }).nullish())
    .nullish(),
});

/** Sends the `Me` query and returns the raw JSON. */
export function requestMe(request: TransportOptions): Promise<unknown> {
  return postGraphql({ ...request, query: meDocument, variables: {} });
}

/**
 * Reads the signed-in user. A 200 response without a user means the gateway did not accept the
 * credential as a user, so it throws INVALID_CREDENTIALS rather than returning an empty user.
 */
export function parseMe(json: unknown, context: ParseContext = {}): MeUser {
  const { data } = parseGraphqlResult(json, 'Me', context);
  const parsed = meDataSchema.safeParse(data);
  if (!parsed.success) {
    throw badResponse('The Me response does not have the expected shape.', 'Me');
  }

  const user = parsed.data.me?.user;
  if (!user) {
    throw new RemoteError(
      ErrorCode.invalidCredentials,
      'Atlassian returned no user for these credentials.',
      {
        hint: 'Check the email and API token, then sign in again.',
        details: { operation: 'Me' },
      },
    );
  }
  return { accountId: user.accountId, name: user.name ?? '', picture: user.picture ?? null };
}

/** Sends `RetrieveCloudIDsForHostnames` for site hosts such as `acme.atlassian.net`. */
export function requestCloudIds(
  request: TransportOptions & { hostNames: readonly string[] },
): Promise<unknown> {
  return postGraphql({
    ...request,
    query: retrieveCloudIdsForHostnamesDocument,
    variables: { hostNames: request.hostNames },
  });
}

/** Reads the resolved sites. Hosts Atlassian does not know are absent from the result. */
export function parseCloudIds(json: unknown, context: ParseContext = {}): SiteCloudId[] {
  const { data } = parseGraphqlResult(json, 'RetrieveCloudIDsForHostnames', context);
  const parsed = tenantContextsDataSchema.safeParse(data);
  if (!parsed.success) {
    throw badResponse(
      'The RetrieveCloudIDsForHostnames response does not have the expected shape.',
      'RetrieveCloudIDsForHostnames',
    );
  }

  const sites: SiteCloudId[] = [];
  for (const context of parsed.data.tenantContexts ?? []) {
    if (context?.cloudId && context.hostName) {
      sites.push({ hostName: context.hostName.toLowerCase(), cloudId: context.cloudId });
    }
  }
  return sites;
}

/** Fetches and reads the signed-in user. */
export async function fetchMe(request: TransportOptions): Promise<MeUser> {
  return parseMe(await requestMe(request), { credentialKind: request.credential.kind });
}

/** Resolves site hosts to cloud ids. */
export async function fetchCloudIds(
  request: TransportOptions & { hostNames: readonly string[] },
): Promise<SiteCloudId[]> {
  return parseCloudIds(await requestCloudIds(request), { credentialKind: request.credential.kind });
}
