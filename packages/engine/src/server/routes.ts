import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';

import type { Engine } from '../engine/engine.ts';
import { ErrorCode, InputError } from '../errors/atlassify-error.ts';
import type { Logger } from '../log/logger.ts';
import { filterPatchSchema } from '../notifications/filters.ts';
import { productSlugs, readStates } from '../notifications/notification.ts';
import { defaultSettings, settingsPatchSchema } from '../settings/settings.ts';
import type { AppControls } from './app-controls.ts';
import { toErrorResponse } from './error-response.ts';

const heartbeatMs = 25_000;

const apiTokenBody = z.object({ email: z.string(), token: z.string() });
const oauthSettingsBody = z.object({ clientId: z.string(), clientSecret: z.string().optional() });
const oauthSignInBody = z.object({
  clientId: z.string().optional(),
  clientSecret: z.string().optional(),
});
const idsBody = z.object({ ids: z.array(z.string().min(1)).min(1) });
const markBody = z
  .strictObject({
    readState: z.enum(readStates),
    ids: z.array(z.string().min(1)).min(1).optional(),
    product: z.enum(productSlugs).optional(),
    accountId: z.string().min(1).optional(),
  })
  .refine(
    (body) =>
      (body.ids === undefined) !== (body.product === undefined && body.accountId === undefined),
    {
      message: 'send either ids, or a product and/or an accountId',
      path: ['ids'],
    },
  );
const siteBody = z.object({ host: z.string() });

async function readBody<T>(request: Request, schema: z.ZodType<T>): Promise<T> {
  let json: unknown;
  try {
    json = await request.json();
  } catch (error) {
    throw new InputError(ErrorCode.invalidInput, 'The request body is not valid JSON.', {
      cause: error,
    });
  }

  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') ?? '';
    throw new InputError(
      ErrorCode.invalidInput,
      `Invalid request field "${field}": ${issue?.message}.`,
      {
        details: { field },
      },
    );
  }
  return parsed.data;
}

/**
 * The JSON and event-stream routes under `/api`. Without `controls`, the demo and quit routes
 * answer 404.
 */
export function apiRoutes(engine: Engine, logger: Logger, controls?: AppControls): Hono {
  const api = new Hono();

  api.onError((error, c) => {
    const { status, body } = toErrorResponse(error, logger);
    return c.json(body, status);
  });

  api.get('/snapshot', (c) => c.json(engine.snapshot()));

  api.get('/events', (c) =>
    streamSSE(c, async (stream) => {
      let id = 0;
      const send = (snapshot: unknown) =>
        stream.writeSSE({ event: 'snapshot', id: String(++id), data: JSON.stringify(snapshot) });

      const unsubscribe = engine.subscribe((snapshot) => {
        void send(snapshot);
      });
      stream.onAbort(unsubscribe);

      await send(engine.snapshot());
      while (!stream.aborted) {
        await stream.sleep(heartbeatMs);
        await stream.write(': heartbeat\n\n');
      }
      unsubscribe();
    }),
  );

  api.post('/accounts/api-token', async (c) => {
    const body = await readBody(c.req.raw, apiTokenBody);
    return c.json(await engine.signInWithApiToken(body), 201);
  });

  api.delete('/accounts/:id', async (c) => {
    await engine.signOut(c.req.param('id'));
    return c.body(null, 204);
  });

  api.get('/oauth/settings', async (c) => c.json(await engine.getOAuthSettings()));

  api.put('/oauth/settings', async (c) => {
    const body = await readBody(c.req.raw, oauthSettingsBody);
    return c.json(await engine.saveOAuthSettings(body));
  });

  api.post('/oauth/sign-in', async (c) => {
    const body = await readBody(c.req.raw, oauthSignInBody);
    return c.json(await engine.startOAuthSignIn(body), 202);
  });

  api.delete('/oauth/sign-in', (c) => {
    engine.cancelOAuthSignIn();
    return c.body(null, 204);
  });

  api.post('/notifications/read', async (c) => {
    const { ids } = await readBody(c.req.raw, idsBody);
    await engine.markRead(ids);
    return c.body(null, 204);
  });

  api.post('/notifications/unread', async (c) => {
    const { ids } = await readBody(c.req.raw, idsBody);
    await engine.markUnread(ids);
    return c.body(null, 204);
  });

  api.post('/notifications/mark', async (c) => {
    const { ids, readState, ...selector } = await readBody(c.req.raw, markBody);
    if (ids) {
      return c.json(
        readState === 'read' ? await engine.markRead(ids) : await engine.markUnread(ids),
      );
    }
    return c.json(await engine.markMatching({ readState, ...selector }));
  });

  api.post('/notifications/:id/open', async (c) =>
    c.json(await engine.openNotification(c.req.param('id'))),
  );

  api.post('/notifications-page/open', async (c) => c.json(await engine.openNotificationsPage()));

  api.get('/notifications/:id/members', async (c) =>
    c.json(await engine.groupMembers(c.req.param('id'))),
  );

  api.get('/settings', (c) => c.json(engine.getSettings()));

  api.put('/settings', async (c) => {
    const patch = await readBody(c.req.raw, settingsPatchSchema);
    return c.json(await engine.updateSettings(patch));
  });

  api.delete('/settings', async (c) => c.json(await engine.updateSettings({ ...defaultSettings })));

  api.post('/reset', async (c) => {
    await engine.resetEverything();
    return c.body(null, 204);
  });

  if (controls) {
    api.post('/demo/start', async (c) => c.json(await controls.startDemo(), 201));
    api.post('/quit', (c) => {
      controls.quit();
      return c.body(null, 202);
    });
  }

  api.put('/filters', async (c) => {
    const filters = await readBody(c.req.raw, filterPatchSchema);
    return c.json(await engine.setFilters(filters));
  });

  api.delete('/filters', async (c) => c.json(await engine.clearFilters()));

  api.get('/accounts/:id/sites', (c) => c.json(engine.listSites(c.req.param('id'))));

  api.post('/accounts/:id/sites', async (c) => {
    const { host } = await readBody(c.req.raw, siteBody);
    return c.json(await engine.addSite(c.req.param('id'), host), 201);
  });

  api.delete('/accounts/:id/sites/:host', async (c) => {
    await engine.removeSite(c.req.param('id'), c.req.param('host'));
    return c.body(null, 204);
  });

  api.post('/refresh', async (c) => {
    engine.refresh().catch((error: unknown) => {
      logger.error({ err: error }, 'refresh failed');
    });
    return c.body(null, 202);
  });

  return api;
}
