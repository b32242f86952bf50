import type { AccountStatus, RequestOptions } from '../accounts/index.ts';
import { sendRequest } from '../accounts/index.ts';
import type { AtlassianEndpoints } from '../config/endpoints.ts';
import { oauthCredential } from '../credentials/index.ts';

const probeQuery = 'query { notifications { unseenNotificationCount } }';

/**
 * Asks the OAuth GraphQL gateway for the unseen count, to learn whether Atlassian serves the
 * notifications feed to this third-party token. Returns `notifications-unavailable` for a GraphQL
 * `errors` entry or a 401/403, and `ok` for anything else, including a network failure.
 */
export async function probeNotifications(
  accessToken: string,
  endpoints: AtlassianEndpoints,
  options: RequestOptions,
): Promise<AccountStatus> {
  const credential = oauthCredential(accessToken, endpoints);
  let response: Response;
  try {
    response = await sendRequest(
      credential.graphqlUrl,
      {
        method: 'POST',
        headers: {
          authorization: credential.authorization,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: JSON.stringify({ query: probeQuery }),
      },
      options,
    );
  } catch (error) {
    if (options.signal?.aborted) {
      throw error;
    }
    // NOTE: a probe that cannot run proves nothing either way; the poller reports real feed errors.
    return 'ok';
  }

  if (response.status === 401 || response.status === 403) {
    return 'notifications-unavailable';
  }
  if (!response.ok) {
    return 'ok';
  }
  const body: unknown = await response.json().catch(() => null);
  const errors =
    typeof body === 'object' && body !== null && 'errors' in body ? body.errors : undefined;
  return Array.isArray(errors) && errors.length > 0 ? 'notifications-unavailable' : 'ok';
}
