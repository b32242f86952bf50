import { z } from 'zod';

export const AuthMethod = {
  apiToken: 'api-token',
  oauth: 'oauth',
} as const;
export type AuthMethod = (typeof AuthMethod)[keyof typeof AuthMethod];

/** An Atlassian site (tenant) the account reaches. */
export const siteSchema = z.object({
  cloudId: z.string(),
  host: z.string(),
  name: z.string().optional(),
  url: z.string().optional(),
  avatarUrl: z.string().optional(),
});
export type Site = z.infer<typeof siteSchema>;

/**
 * What the account needs from its user, if anything. `sign-in-required`: the stored credential
 * was rejected. `notifications-unavailable`: Atlassian refused this OAuth token on the
 * notifications query, so an API token is needed for the feed.
 */
export const accountStatusSchema = z.enum(['ok', 'sign-in-required', 'notifications-unavailable']);
export type AccountStatus = z.infer<typeof accountStatusSchema>;

/**
 * The non-secret record of one signed-in Atlassian account, stored in `accounts.json`.
 * `id` is Atlassian's account id, so the same person cannot be added twice.
 */
export const accountRecordSchema = z.object({
  id: z.string().min(1),
  email: z.string(),
  name: z.string(),
  avatarUrl: z.string().nullable(),
  authMethod: z.enum([AuthMethod.apiToken, AuthMethod.oauth]),
  /** Granted OAuth scopes; empty for API tokens. */
  scopes: z.array(z.string()),
  /** Sites from accessible-resources (OAuth). Empty means the unscoped feed. */
  sites: z.array(siteSchema),
  status: accountStatusSchema,
  /** Where this account's secrets live. `file` is the explicit, user-chosen 0600 file store. */
  credentialStore: z.enum(['keychain', 'file']),
  /** The OAuth client the tokens were issued to; refresh needs the same client. */
  oauthClientId: z.string().optional(),
  /**
   * The `ATLASSIFY_ATLASSIAN_BASE_URL` the account signed in against (as
   * `AtlassianEndpoints.baseUrl`), or null for Atlassian Cloud. Its secrets are sent nowhere else.
   */
  atlassianBaseUrl: z.string().nullable(),
  /** Set on the demo's account, whose fake secrets live in a plain file in the demo folder. */
  demo: z.boolean().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AccountRecord = z.infer<typeof accountRecordSchema>;
