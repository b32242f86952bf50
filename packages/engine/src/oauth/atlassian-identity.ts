import { z } from 'zod';

import {
  type RequestOptions,
  readJsonBody,
  type Site,
  sendRequest,
  statusError,
} from '../accounts/index.ts';
import type { AtlassianEndpoints } from '../config/endpoints.ts';
import { ErrorCode, RemoteError } from '../errors/atlassify-error.ts';

const profileSchema = z.object({
  account_id: z.string().min(1),
  email: z.string().nullish(),
  name: z.string().nullish(),
  picture: z.string().nullish(),
});

const resourcesSchema = z.array(
  z.object({
    id: z.string().min(1),
    url: z.string(),
    name: z.string().nullish(),
    avatarUrl: z.string().nullish(),
  }),
);

export interface AtlassianProfile {
  accountId: string;
  email: string;
  name: string;
  avatarUrl: string | null;
}

/**
 * Reads the signed-in user with `GET /me` (scope `read:me`).
 * @see https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo/#how-do-i-retrieve-the-public-profile-of-the-authenticated-user-
 */
export async function fetchProfile(
  accessToken: string,
  endpoints: AtlassianEndpoints,
  options: RequestOptions,
): Promise<AtlassianProfile> {
  const response = await getWithBearer(endpoints.meUrl, accessToken, options, 'read the profile');
  const profile = await readJsonBody(response, profileSchema, 'read the profile');
  const email = profile.email ?? '';

  return {
    accountId: profile.account_id,
    email,
    name: profile.name || email || profile.account_id,
    avatarUrl: profile.picture ?? null,
  };
}

/**
 * Lists the sites the token reaches.
 * @see https://developer.atlassian.com/cloud/oauth/getting-started/implementing-oauth-3lo/#3-1-get-the-cloudid-for-your-site
 */
export async function fetchSites(
  accessToken: string,
  endpoints: AtlassianEndpoints,
  options: RequestOptions,
): Promise<Site[]> {
  const action = 'list the accessible sites';
  const response = await getWithBearer(
    endpoints.accessibleResourcesUrl,
    accessToken,
    options,
    action,
  );
  const resources = await readJsonBody(response, resourcesSchema, action);

  return resources.map((resource) => ({
    cloudId: resource.id,
    host: hostOf(resource.url),
    url: resource.url,
    ...(resource.name ? { name: resource.name } : {}),
    ...(resource.avatarUrl ? { avatarUrl: resource.avatarUrl } : {}),
  }));
}

async function getWithBearer(
  url: string,
  accessToken: string,
  options: RequestOptions,
  action: string,
): Promise<Response> {
  const response = await sendRequest(
    url,
    { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' } },
    options,
  );
  if (response.status === 401 || response.status === 403) {
    throw new RemoteError(
      ErrorCode.oauthFailed,
      `Atlassian rejected the new access token when trying to ${action} (HTTP ${response.status}).`,
      {
        hint: 'Check that the app has the scopes read:me and read:account in the developer console, then sign in again.',
        details: { host: new URL(url).host, status: response.status },
      },
    );
  }
  if (!response.ok) {
    throw statusError(response, action);
  }
  return response;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
