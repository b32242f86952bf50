import type { Hono } from 'hono';
import { authenticate } from '../auth/authenticate.ts';
import { SEEDED_PROJECTS } from '../data/projects.ts';
import type { AppEnv } from '../server/app-env.ts';
import type { SimulatorState } from '../server/state.ts';

const API_TOKEN_OR_OAUTH = { basic: true, bearer: true, anonymous: false };

/** Adds `GET /ex/jira/{cloudId}/rest/api/3/project/{projectKey}`, enough to read a project type. */
export function registerJiraProjectRoute(app: Hono<AppEnv>, state: SimulatorState): void {
  app.get('/ex/jira/:cloudId/rest/api/3/project/:projectKey', (c) => {
    const outcome = authenticate(state, c, API_TOKEN_OR_OAUTH);
    if (!outcome.ok) {
      return outcome.response;
    }
    const caller = outcome.caller;
    if (caller.kind === 'anonymous') {
      return c.json({ code: 401, message: 'Unauthorized' }, 401);
    }

    const { cloudId, projectKey } = c.req.param();
    const site = state.directory.findSite(cloudId);
    if (!site || !caller.user.cloudIds.includes(site.cloudId)) {
      return c.json(
        { code: 404, message: `No site with cloud id "${cloudId}" is available to you.` },
        404,
      );
    }
    if (caller.kind === 'bearer' && !caller.scopes.has('read:jira-work')) {
      return c.json(
        { code: 403, message: 'The access token does not grant the read:jira-work scope.' },
        403,
      );
    }

    // The REST path takes a project id or key. Keys are matched case-insensitively here.
    const upperKey = projectKey.toUpperCase();
    const project = SEEDED_PROJECTS.find(
      (entry) => entry.cloudId === cloudId && (entry.key === upperKey || entry.id === projectKey),
    );
    if (!project) {
      return c.json(
        { errorMessages: [`No project could be found with key '${projectKey}'.`], errors: {} },
        404,
      );
    }
    return c.json({
      id: project.id,
      key: project.key,
      name: project.name,
      projectTypeKey: project.projectTypeKey,
    });
  });
}
