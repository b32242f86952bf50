import { z } from 'zod';
import { sendAtlassianRequest, type TransportOptions } from './graphql-client.ts';
import { badResponse } from './graphql-result.ts';

export interface JiraProjectRequest extends TransportOptions {
  /** `https://api.atlassian.com` (`AtlassianEndpoints.apiBaseUrl`), or the simulator's base URL. */
  apiBaseUrl: string;
  cloudId: string;
  projectKey: string;
}

const projectSchema = z.object({
  key: z.string().nullish(),
  projectTypeKey: z.string().min(1),
});

/**
 * Builds the project URL on Atlassian's API gateway, `/ex/jira/{cloudId}/rest/api/3/project/{key}`,
 * for both credential kinds. Atlassian documents this form for OAuth tokens and for scoped API
 * tokens, and it keeps the credential on api.atlassian.com instead of sending it to a site host
 * taken from a notification.
 * NOTE: Atlassian documents the gateway form for scoped API tokens only; whether it accepts
 * classic API tokens is not verified. A refused lookup leaves the item as plain Jira.
 * @see https://support.atlassian.com/atlassian-account/docs/manage-api-tokens-for-your-atlassian-account/
 */
export function jiraProjectUrl(apiBaseUrl: string, cloudId: string, projectKey: string): URL {
  const root = apiBaseUrl.replace(/\/+$/, '');
  return new URL(
    `${root}/ex/jira/${encodeURIComponent(cloudId)}/rest/api/3/project/${encodeURIComponent(projectKey)}`,
  );
}

/**
 * Sends `GET …/rest/api/3/project/{key}` and returns the raw JSON. Throws the same RemoteError
 * codes as `postGraphql` for HTTP and network failures.
 */
export function requestJiraProject(request: JiraProjectRequest): Promise<unknown> {
  const url = jiraProjectUrl(request.apiBaseUrl, request.cloudId, request.projectKey);
  return sendAtlassianRequest(url, request, {
    method: 'GET',
    headers: { Accept: 'application/json' },
  });
}

/** Reads `projectTypeKey`, such as `software` or `product_discovery`, from a project response. */
export function parseJiraProject(json: unknown): { projectTypeKey: string } {
  const parsed = projectSchema.safeParse(json);
  if (!parsed.success) {
    throw badResponse('The Jira project response has no projectTypeKey.', 'GetJiraProject');
  }
  return { projectTypeKey: parsed.data.projectTypeKey };
}

/** Fetches a Jira project's `projectTypeKey`. */
export async function fetchJiraProjectType(request: JiraProjectRequest): Promise<string> {
  return parseJiraProject(await requestJiraProject(request)).projectTypeKey;
}
