import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { beforeEach, describe, expect, it } from 'vitest';

import { AccountRepository } from '../accounts/index.ts';
import { atlassianCloudEndpoints } from '../config/endpoints.ts';
import { FileSecretStore, secretNames } from '../credentials/index.ts';
import { readOAuthSettingsView, resolveOAuthClient, saveOAuthSettings } from './client-config.ts';
import type { OAuthContext } from './oauth-context.ts';

describe('OAuth client configuration', () => {
  let context: OAuthContext;

  beforeEach(async () => {
    const home = await mkdtemp(join(tmpdir(), 'atlassify-oauth-config-'));
    context = {
      endpoints: atlassianCloudEndpoints,
      accounts: AccountRepository.forStateHome(home),
      secrets: new FileSecretStore(join(home, 'credentials.json')),
      stateHome: home,
      env: {},
      distributionConfigPath: join(home, 'distribution.json'),
    };
  });

  it('reports a missing client id', async () => {
    const error = await resolveOAuthClient({}, context).catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      code: 'OAUTH_NOT_CONFIGURED',
      message: 'OAuth Client ID not configured',
    });
    expect((error as { hint: string }).hint).toContain(
      'read:me, read:account, read:jira-work, offline_access',
    );
    expect((error as { hint: string }).hint).toContain('http://localhost:3000/callback');
    expect((error as { hint: string }).hint).toContain('OAuth 2.0 (3LO) app');
  });

  it('reports a missing client secret', async () => {
    context.env = { ATLASSIFY_OAUTH_CLIENT_ID: 'client-env' };

    const error = await resolveOAuthClient({}, context).catch((caught: unknown) => caught);

    expect(error).toMatchObject({
      code: 'OAUTH_SECRET_MISSING',
      details: { clientId: 'client-env' },
    });
    expect((error as Error).message).toContain('Atlassian requires the client secret');
    expect((error as { hint: string }).hint).toContain("app's Settings page");
  });

  it('reads the client from the environment', async () => {
    context.env = {
      ATLASSIFY_OAUTH_CLIENT_ID: ' client-env ',
      ATLASSIFY_OAUTH_CLIENT_SECRET: 'secret-env',
    };

    expect(await resolveOAuthClient({}, context)).toEqual({
      clientId: 'client-env',
      clientSecret: 'secret-env',
      source: 'environment',
    });
  });

  it('prefers explicit options', async () => {
    context.env = {
      ATLASSIFY_OAUTH_CLIENT_ID: 'client-env',
      ATLASSIFY_OAUTH_CLIENT_SECRET: 'secret-env',
    };

    const client = await resolveOAuthClient(
      { clientId: 'client-flag', clientSecret: 'secret-flag' },
      context,
    );

    expect(client).toMatchObject({ clientId: 'client-flag', clientSecret: 'secret-flag' });
  });

  it('keeps the environment secret to its client', async () => {
    context.env = {
      ATLASSIFY_OAUTH_CLIENT_ID: 'client-env',
      ATLASSIFY_OAUTH_CLIENT_SECRET: 'secret-env',
    };

    await expect(resolveOAuthClient({ clientId: 'client-flag' }, context)).rejects.toMatchObject({
      code: 'OAUTH_SECRET_MISSING',
    });
  });

  it('reads saved settings', async () => {
    await saveOAuthSettings({ clientId: 'client-tab', clientSecret: ' secret-tab ' }, context);

    expect(await resolveOAuthClient({}, context)).toEqual({
      clientId: 'client-tab',
      clientSecret: 'secret-tab',
      source: 'settings',
    });
    expect(await context.secrets.get(secretNames.oauthClientSecret('client-tab'))).toBe(
      'secret-tab',
    );
  });

  it('keeps the stored secret when omitted', async () => {
    await saveOAuthSettings({ clientId: 'client-tab', clientSecret: 'secret-tab' }, context);

    const view = await saveOAuthSettings({ clientId: 'client-tab' }, context);

    expect(view).toMatchObject({
      clientId: 'client-tab',
      hasClientSecret: true,
      source: 'settings',
    });
  });

  it('rejects an empty client id', async () => {
    await expect(saveOAuthSettings({ clientId: '  ' }, context)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'clientId' },
    });
  });

  it('reads the distribution config', async () => {
    const config = { oauth: { clientId: 'client-dist', clientSecret: 'secret-dist' } };
    await writeFile(context.distributionConfigPath as string, JSON.stringify(config));

    expect(await resolveOAuthClient({}, context)).toMatchObject({
      clientId: 'client-dist',
      source: 'distribution',
    });
  });

  it('reports an invalid distribution config', async () => {
    await writeFile(
      context.distributionConfigPath as string,
      '{"oauth": {"clientSecret": "secret-dist"',
    );

    const error = await resolveOAuthClient({}, context).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ code: 'OAUTH_NOT_CONFIGURED' });
    expect((error as Error).message).not.toContain('secret-dist');
  });

  it('describes an unconfigured client', async () => {
    context.env = { ATLASSIFY_OAUTH_CALLBACK_URL: 'http://localhost:3100/callback' };

    expect(await readOAuthSettingsView(context)).toEqual({
      clientId: null,
      hasClientSecret: false,
      source: 'none',
      callbackUrl: 'http://localhost:3100/callback',
      scopes: ['read:me', 'read:account', 'read:jira-work', 'offline_access'],
    });
  });

  it('describes a client without secret', async () => {
    context.env = { ATLASSIFY_OAUTH_CLIENT_ID: 'client-env' };

    expect(await readOAuthSettingsView(context)).toMatchObject({
      clientId: 'client-env',
      hasClientSecret: false,
      source: 'environment',
    });
  });
});
