import { z } from 'zod';

import type { AtlassianEndpoints } from '../config/endpoints.ts';
import { apiTokenCredential } from '../credentials/index.ts';
import { ErrorCode, InputError, RemoteError } from '../errors/atlassify-error.ts';
import { type RequestOptions, readJsonBody, sendRequest, statusError } from './atlassian-http.ts';

/** `me.user` is null for an anonymous request, so a non-null user proves the token works. */
const meQuery = 'query Me { me { user { accountId name picture } } }';

const graphqlErrorSchema = z.object({
  message: z.string().optional(),
  extensions: z.looseObject({ statusCode: z.number().optional() }).optional(),
});

const meResponseSchema = z.object({
  data: z
    .object({
      me: z
        .object({
          user: z
            .object({
              accountId: z.string().min(1),
              name: z.string().nullish(),
              picture: z.string().nullish(),
            })
            .nullable(),
        })
        .nullable(),
    })
    .nullish(),
  errors: z.array(graphqlErrorSchema).optional(),
});

export interface VerifiedUser {
  accountId: string;
  name: string | null;
  picture: string | null;
}

/**
 * Verifies an email and API token against the home gateway with Basic auth and returns the user.
 * @see https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
 */
export async function verifyApiToken(
  email: string,
  token: string,
  endpoints: AtlassianEndpoints,
  options: RequestOptions = {},
): Promise<VerifiedUser> {
  const credential = apiTokenCredential(email, token, endpoints);
  const response = await sendRequest(
    credential.graphqlUrl,
    {
      method: 'POST',
      headers: {
        authorization: credential.authorization,
        'content-type': 'application/json',
        accept: 'application/json',
      },
      body: JSON.stringify({ query: meQuery }),
    },
    options,
  );

  if (!response.ok) {
    throw rejectionError(response, email, endpoints);
  }

  const body = await readJsonBody(response, meResponseSchema, 'verify the API token');
  const firstError = body.errors?.[0];
  if (firstError) {
    const status = firstError.extensions?.statusCode;
    if (status === 401 || status === 403) {
      throw invalidCredentials(email, endpoints, new URL(response.url).host);
    }
    const text = (firstError.message ?? 'no message').slice(0, 200);
    throw new RemoteError(
      ErrorCode.badResponse,
      `Atlassian could not verify the API token: ${text}`,
      {
        hint: 'Try again; if it keeps failing, report it with this message.',
        details: { host: new URL(response.url).host },
      },
    );
  }

  const user = body.data?.me?.user;
  if (!user) {
    throw invalidCredentials(email, endpoints, new URL(response.url).host);
  }
  return { accountId: user.accountId, name: user.name ?? null, picture: user.picture ?? null };
}

function rejectionError(
  response: Response,
  email: string,
  endpoints: AtlassianEndpoints,
): RemoteError | InputError {
  const host = new URL(response.url).host;
  if (response.status === 401) {
    return invalidCredentials(email, endpoints, host);
  }

  // The token travels in the Authorization header, the only part of this request that the user
  // sizes. So 431 (header fields too large) or 413 (request too large) means a pasted token that
  // is far too long, such as a whole page copied with it, and trying again cannot help.
  if (response.status === 431 || response.status === 413) {
    return new InputError(
      ErrorCode.invalidInput,
      `The API token is too long: ${host} refused the request with HTTP ${response.status}.`,
      {
        hint: 'Check that you pasted only the token, then sign in again.',
        details: { field: 'token', host, status: response.status },
      },
    );
  }

  // After repeated failed sign-ins Atlassian responds with 403 and `X-Authentication-Denied-Reason:
  // CAPTCHA_CHALLENGE; login-url=…`. Only a sign-in in a browser clears it.
  const deniedReason = response.headers.get('x-authentication-denied-reason') ?? '';
  if (response.status === 403 && /captcha/i.test(deniedReason)) {
    return new RemoteError(
      ErrorCode.captchaRequired,
      `Atlassian requires a CAPTCHA before ${email} can use an API token.`,
      {
        hint: 'Sign in once at https://id.atlassian.com in a browser and solve the CAPTCHA, then try again.',
        details: { host, status: 403 },
      },
    );
  }
  return statusError(response, 'verify the API token');
}

function invalidCredentials(
  email: string,
  endpoints: AtlassianEndpoints,
  host: string,
): RemoteError {
  return new RemoteError(
    ErrorCode.invalidCredentials,
    `Atlassian rejected the API token for ${email}.`,
    {
      hint: `Check that the email matches the token's account. API tokens expire within a year; create a new one at ${endpoints.apiTokensPageUrl}.`,
      details: { field: 'token', host },
    },
  );
}
