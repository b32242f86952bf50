import type { Hono } from 'hono';
import { authenticate } from '../auth/authenticate.ts';
import { IDENTITY_SCOPES } from '../oauth/clients.ts';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';

const BEARER_ONLY = { basic: false, bearer: true, anonymous: false };

/** Adds the User Identity API (`GET /me`) and `GET /oauth/token/accessible-resources`. */
export function registerIdentityRoutes(app: Hono<AppEnv>, state: SimulatorState): void {
  app.get('/me', (c) => {
    const outcome = authenticate(state, c, BEARER_ONLY);
    if (!outcome.ok) {
      return outcome.response;
    }
    if (outcome.caller.kind !== 'bearer' || !outcome.caller.scopes.has('read:me')) {
      return c.json(
        { code: 403, message: 'The access token does not grant the read:me scope.' },
        403,
      );
    }

    const user = outcome.caller.user;
    return c.json({
      account_id: user.accountId,
      account_type: 'atlassian',
      account_status: 'active',
      email: user.email,
      email_verified: true,
      name: user.name,
      nickname: user.nickname,
      picture: user.picture,
      locale: user.locale,
      zoneinfo: user.zoneinfo,
      extended_profile: {},
      last_updated: '2026-01-15T08:30:00.000Z',
    });
  });

  app.get('/oauth/token/accessible-resources', (c) => {
    const outcome = authenticate(state, c, BEARER_ONLY);
    if (!outcome.ok) {
      return outcome.response;
    }
    if (outcome.caller.kind !== 'bearer') {
      return c.json([]);
    }

    // A site is listed only for a grant with a product scope; identity scopes reach no site.
    const siteScopes = [...outcome.caller.scopes].filter((scope) => !IDENTITY_SCOPES.has(scope));
    if (siteScopes.length === 0) {
      return c.json([]);
    }
    const sites = state.directory.sitesOf(outcome.caller.user).map((site) => ({
      id: site.cloudId,
      name: site.name,
      url: site.url,
      scopes: siteScopes,
      avatarUrl: site.avatarUrl,
    }));
    return c.json(sites);
  });
}
