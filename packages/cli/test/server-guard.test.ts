import { afterAll, beforeAll, describe, it } from 'vitest';

import {
  type Launch,
  openLaunchUrl,
  type StartedEngine,
  sendRequest,
  useStartedEngine,
} from './support/engine-server.ts';
import { cliEnv, collectTeardown, useHome, useSimulator } from './support/setup.ts';

// The cases share one engine, because each only reads or sends requests that change nothing.
const { teardown, run: runTeardown } = collectTeardown();
let engine: StartedEngine;
let launch: Launch;

beforeAll(async () => {
  const simulator = await useSimulator(teardown);
  const home = await useHome('guard', teardown);
  engine = await useStartedEngine(teardown, ['start', '--no-open', '--port', '0'], {
    env: cliEnv(home, simulator.url),
  });
  launch = await openLaunchUrl(engine.launchUrl);
});

afterAll(runTeardown);

describe.concurrent('start server guard', () => {
  it('launch sets a strict cookie', ({ expect }) => {
    expect(launch.status).toBe(303);
    expect(launch.location).toBe('/');
    const attributes = launch.setCookie.split(';').map((part) => part.trim().toLowerCase());
    expect(attributes[0]).toMatch(/^atlassify_session=\S+$/);
    expect(attributes).toContain('httponly');
    expect(attributes).toContain('samesite=strict');
    expect(attributes).toContain('path=/');
  });

  it('snapshot needs the cookie', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/api/snapshot');

    expect(response.status).toBe(401);
    expect(JSON.parse(response.body)).toEqual(
      expect.objectContaining({ code: 'SESSION_REQUIRED' }),
    );
  });

  it('wrong launch token is rejected', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/?launch=not-the-launch-token');

    expect(response.status).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('foreign host is rejected', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/api/snapshot', {
      headers: { host: `evil.example:${engine.port}`, cookie: launch.cookie },
    });

    expect(response.status).toBe(421);
  });

  it('foreign origin post is rejected', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/api/refresh', {
      method: 'POST',
      headers: { origin: 'http://evil.example', cookie: launch.cookie },
    });

    expect(response.status).toBe(403);
  });

  it('cross-site fetch is rejected', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/api/snapshot', {
      headers: { 'sec-fetch-site': 'cross-site', cookie: launch.cookie },
    });

    expect(response.status).toBe(403);
  });

  it('same origin post is accepted', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/api/refresh', {
      method: 'POST',
      headers: { origin: engine.origin, cookie: launch.cookie },
    });

    expect(response.status).toBe(202);
  });

  it('cookie reads the snapshot', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/api/snapshot', {
      headers: { cookie: launch.cookie },
    });

    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual(
      expect.objectContaining({ demo: false, accounts: [] }),
    );
  });

  it('page sets a security policy', async ({ expect }) => {
    const response = await sendRequest(engine.port, '/', { headers: { cookie: launch.cookie } });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });
});
