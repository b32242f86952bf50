import { secretNames } from '../credentials/index.ts';
import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import type { OAuthSettingsRequest, OAuthSettingsView } from '../server/contract.ts';
import type { OAuthContext } from './oauth-context.ts';
import {
  defaultDistributionConfigPath,
  readDistributionConfig,
  readSavedClientId,
  writeSavedClientId,
} from './oauth-settings.ts';

/** `read:jira-work` is what the notifications GraphQL fields require of an OAuth token. */
export const defaultOAuthScopes = ['read:me', 'read:account', 'read:jira-work', 'offline_access'];

/** Atlassian matches the redirect URI exactly, port included, so this must equal the console entry. */
export const defaultCallbackUrl = 'http://localhost:3000/callback';

const developerConsoleUrl = 'https://developer.atlassian.com/console/myapps/';

export type OAuthClientSource = Exclude<OAuthSettingsView['source'], 'none'>;

export interface OAuthClientOverrides {
  clientId?: string | undefined;
  clientSecret?: string | undefined;
}

export interface OAuthClient {
  clientId: string;
  clientSecret: string;
  source: OAuthClientSource;
}

interface ClientCandidate {
  clientId: string;
  clientSecret: string | null;
  source: OAuthClientSource;
}

export function callbackUrlFromEnvironment(env: NodeJS.ProcessEnv = process.env): string {
  return env.ATLASSIFY_OAUTH_CALLBACK_URL?.trim() || defaultCallbackUrl;
}

/**
 * Resolves the OAuth client, first match wins: `overrides` (flags) or the environment
 * (`ATLASSIFY_OAUTH_CLIENT_ID`, `ATLASSIFY_OAUTH_CLIENT_SECRET`); the client id saved from the
 * OAuth tab; the distribution config. A secret missing from its source is looked up in the secret
 * store under the client id. Throws OAUTH_NOT_CONFIGURED or OAUTH_SECRET_MISSING.
 */
export async function resolveOAuthClient(
  overrides: OAuthClientOverrides,
  context: OAuthContext,
): Promise<OAuthClient> {
  const candidate = await findClient(overrides, context);
  if (!candidate) {
    throw notConfiguredError(context);
  }
  if (candidate.clientSecret === null) {
    throw secretMissingError(candidate.clientId);
  }
  return {
    clientId: candidate.clientId,
    clientSecret: candidate.clientSecret,
    source: candidate.source,
  };
}

/**
 * Returns the settings the OAuth tab shows. A missing client id or secret is reported in the view
 * rather than thrown; unreadable files and keychain failures still throw.
 */
export async function readOAuthSettingsView(context: OAuthContext): Promise<OAuthSettingsView> {
  const candidate = await findClient({}, context);
  return {
    clientId: candidate?.clientId ?? null,
    hasClientSecret: candidate !== null && candidate.clientSecret !== null,
    source: candidate?.source ?? 'none',
    callbackUrl: callbackUrlFromEnvironment(context.env),
    scopes: [...defaultOAuthScopes],
  };
}

/**
 * Saves the client from the OAuth tab: the secret goes to the secret store first, then the client
 * id to `oauth-settings.json`. An omitted or empty secret keeps the stored one.
 */
export async function saveOAuthSettings(
  request: OAuthSettingsRequest,
  context: OAuthContext,
): Promise<OAuthSettingsView> {
  const clientId = (request.clientId ?? '').trim();
  if (clientId === '' || /\s/.test(clientId)) {
    throw new InputError(
      ErrorCode.invalidInput,
      clientId === '' ? 'Client ID is required.' : 'The Client ID contains spaces.',
      {
        hint: `Copy the Client ID from your app's Settings page at ${developerConsoleUrl}.`,
        details: { field: 'clientId' },
      },
    );
  }

  const clientSecret = request.clientSecret?.trim() ?? '';
  if (/\s/.test(clientSecret)) {
    throw new InputError(ErrorCode.invalidInput, 'The client secret contains spaces.', {
      hint: `Copy the Secret from your app's Settings page at ${developerConsoleUrl}.`,
      details: { field: 'clientSecret' },
    });
  }
  if (clientSecret !== '') {
    await context.secrets.set(secretNames.oauthClientSecret(clientId), clientSecret);
  }
  await writeSavedClientId(context.stateHome, clientId);
  return readOAuthSettingsView(context);
}

/**
 * Finds the secret of a known client id, for refreshing tokens it issued: from the environment or
 * the distribution config when they configure that client, else from the secret store.
 */
export async function clientSecretFor(
  clientId: string,
  context: OAuthContext,
): Promise<string | null> {
  const env = context.env ?? process.env;
  const envSecret = trimmed(env.ATLASSIFY_OAUTH_CLIENT_SECRET);
  if (envSecret && trimmed(env.ATLASSIFY_OAUTH_CLIENT_ID) === clientId) {
    return envSecret;
  }
  const stored = await context.secrets.get(secretNames.oauthClientSecret(clientId));
  if (stored) {
    return stored;
  }
  const distribution = await readDistributionConfig(
    context.distributionConfigPath ?? defaultDistributionConfigPath,
  );
  return distribution?.clientId === clientId ? (distribution.clientSecret ?? null) : null;
}

async function findClient(
  overrides: OAuthClientOverrides,
  context: OAuthContext,
): Promise<ClientCandidate | null> {
  const env = context.env ?? process.env;
  const overrideSecret = trimmed(overrides.clientSecret);
  const envId = trimmed(env.ATLASSIFY_OAUTH_CLIENT_ID);
  const envSecret = trimmed(env.ATLASSIFY_OAUTH_CLIENT_SECRET);

  const clientId = trimmed(overrides.clientId) ?? envId;
  if (clientId) {
    // The environment's secret belongs to the environment's client id, not to a different override.
    const secret = overrideSecret ?? (envId === null || envId === clientId ? envSecret : null);
    return withStoredSecret({ clientId, clientSecret: secret, source: 'environment' }, context);
  }

  const savedId = await readSavedClientId(context.stateHome);
  if (savedId) {
    return withStoredSecret(
      { clientId: savedId, clientSecret: overrideSecret, source: 'settings' },
      context,
    );
  }

  const distribution = await readDistributionConfig(
    context.distributionConfigPath ?? defaultDistributionConfigPath,
  );
  if (distribution) {
    const secret = overrideSecret ?? distribution.clientSecret ?? null;
    return withStoredSecret(
      { clientId: distribution.clientId, clientSecret: secret, source: 'distribution' },
      context,
    );
  }
  return null;
}

async function withStoredSecret(
  candidate: ClientCandidate,
  context: OAuthContext,
): Promise<ClientCandidate> {
  if (candidate.clientSecret !== null) {
    return candidate;
  }
  const stored = await context.secrets.get(secretNames.oauthClientSecret(candidate.clientId));
  return { ...candidate, clientSecret: stored };
}

function trimmed(value: string | undefined): string | null {
  const result = value?.trim();
  return result ? result : null;
}

function notConfiguredError(context: OAuthContext): InputError {
  const callbackUrl = callbackUrlFromEnvironment(context.env);
  return new InputError(ErrorCode.oauthNotConfigured, 'OAuth Client ID not configured', {
    hint:
      `Create an OAuth 2.0 (3LO) app at ${developerConsoleUrl}, add the scopes ${defaultOAuthScopes.join(', ')}, ` +
      `set its callback URL to ${callbackUrl}, then copy the Client ID and Secret from its Settings page into ` +
      'the OAuth tab (or set ATLASSIFY_OAUTH_CLIENT_ID and ATLASSIFY_OAUTH_CLIENT_SECRET).',
  });
}

function secretMissingError(clientId: string): InputError {
  return new InputError(
    ErrorCode.oauthSecretMissing,
    `OAuth client secret missing for Client ID ${clientId}: Atlassian requires the client secret to sign in.`,
    {
      hint: `Copy the Secret from the app's Settings page at ${developerConsoleUrl} into the OAuth tab, or set ATLASSIFY_OAUTH_CLIENT_SECRET.`,
      details: { clientId, field: 'clientSecret' },
    },
  );
}
