import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonOf } from '../../test/json.ts';
import { demoBasicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import { NIMBUS_SITE, ORBIT_SITE, type RunningSimulator } from '../index.ts';

const feedQuery = `query Feed($first: Int) {
  notifications {
    unseenNotificationCount
    notificationFeed(first: $first) {
      pageInfo { hasNextPage endCursor }
      nodes {
        groupId
        headNotification { notificationId readState entityModel { cloudId } }
      }
    }
  }
}`;

interface FeedNode {
  groupId: string;
  headNotification: { notificationId: string; entityModel: { cloudId: string } | null } | null;
}

interface FeedBody {
  notifications: {
    unseenNotificationCount: number;
    notificationFeed: { nodes: Array<FeedNode | null> };
  };
}

let simulator: RunningSimulator;

beforeAll(async () => {
  simulator = await startTestSimulator();
});
beforeEach(() => simulator.control.reset());
afterAll(() => simulator.close());

function feed(first = 100) {
  return postGraphQL<FeedBody>(simulator, {
    query: feedQuery,
    variables: { first },
    authorization: demoBasicAuth(simulator),
  });
}

function putFaults(body: unknown): Promise<Response> {
  return fetch(`${simulator.url}/__simulator/faults`, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Sends a feed request and returns its network error, or null when it got a response. */
async function networkFailure(): Promise<unknown> {
  try {
    await feed();
    return null;
  } catch (error) {
    return error;
  }
}

describe('connection faults', () => {
  it('refuses the given number of requests', async () => {
    simulator.control.setFaults({ refuseConnections: { requests: 2 } });

    const first = await networkFailure();
    const second = await networkFailure();
    const third = await feed();

    expect(first).toBeInstanceOf(TypeError);
    expect(second).toBeInstanceOf(TypeError);
    expect(third.status).toBe(200);
    expect(simulator.control.requests().map((entry) => entry.status)).toEqual([200]);
    expect(simulator.control.faults()).toEqual({});
  });

  it('holds a hung request until cleared', async () => {
    simulator.control.setFaults({ hangResponses: { requests: 1, maxSeconds: 600 } });

    const hung = networkFailure();
    await vi.waitFor(() => expect(simulator.control.faults()).toEqual({}));
    const answeredMeanwhile = await feed();
    simulator.control.clearFaults();

    expect(answeredMeanwhile.status).toBe(200);
    expect(await hung).toBeInstanceOf(TypeError);
  });

  it('ends a hang when the client aborts', async () => {
    simulator.control.setFaults({ hangResponses: { requests: 1 } });
    const controller = new AbortController();

    const hung = fetch(`${simulator.url}/gateway/api/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: demoBasicAuth(simulator) },
      body: JSON.stringify({ query: feedQuery }),
      signal: controller.signal,
    });
    await vi.waitFor(() => expect(simulator.control.faults()).toEqual({}));
    controller.abort();

    await expect(hung).rejects.toMatchObject({ name: 'AbortError' });
    expect((await feed()).status).toBe(200);
  });

  it('limits a fault to its paths', async () => {
    simulator.control.setFaults({ refuseConnections: { requests: 1, paths: ['/oauth/token'] } });

    const response = await feed();

    expect(response.status).toBe(200);
    expect(simulator.control.faults()).toEqual({
      refuseConnections: { requests: 1, paths: ['/oauth/token'] },
    });
  });

  it('runs faults in sequence', async () => {
    simulator.control.setFaults({
      refuseConnections: { requests: 1 },
      httpError: { status: 503, requests: 1 },
    });

    const refused = await networkFailure();
    const failed = await feed();
    const answered = await feed();

    expect(refused).toBeInstanceOf(TypeError);
    expect(failed.status).toBe(503);
    expect(answered.status).toBe(200);
  });
});

describe('http error fault', () => {
  const retryAfterShapes = [
    ['seconds', '30'],
    ['an HTTP date', 'Mon, 02 Mar 2026 14:05:00 GMT'],
    ['negative', '-5'],
    ['huge', '99999999999999999999'],
    ['garbage', 'soon, maybe'],
  ] as const;

  for (const [shape, value] of retryAfterShapes) {
    it(`sends Retry-After as ${shape}`, async () => {
      simulator.control.setFaults({ httpError: { status: 429, retryAfter: value } });

      const response = await feed();

      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe(value);
    });
  }

  it('sends 503 without Retry-After', async () => {
    simulator.control.setFaults({ httpError: { status: 503, requests: 2 } });

    const first = await feed();
    const second = await feed();
    const third = await feed();

    expect([first.status, second.status, third.status]).toEqual([503, 503, 200]);
    expect(first.headers.get('retry-after')).toBeNull();
    expect(simulator.control.requests().map((entry) => entry.status)).toEqual([503, 503, 200]);
  });
});

describe('feed faults', () => {
  it('adds malformed nodes on top', async () => {
    const clean = await feed(10);
    simulator.control.setFaults({ malformedItems: { count: 3 } });

    const broken = await feed(10);
    const nodes = broken.body.data?.notifications.notificationFeed.nodes ?? [];

    expect(nodes).toHaveLength(13);
    expect(nodes[0]).toMatchObject({
      groupId: 'malformed-1',
      headNotification: { readState: 'seen', timestamp: 'not-a-date', content: null },
    });
    expect(nodes[1]).toMatchObject({ groupId: 'malformed-2', headNotification: null });
    expect(nodes[2]).toBeNull();
    expect(nodes.slice(3)).toEqual(clean.body.data?.notifications.notificationFeed.nodes);
    expect((await feed(10)).body.data?.notifications.notificationFeed.nodes).toHaveLength(10);
  });

  it('adds a site error beside data', async () => {
    const cloudIdsOf = (nodes: Array<FeedNode | null>) =>
      nodes.map((node) => node?.headNotification?.entityModel?.cloudId);
    const clean = cloudIdsOf((await feed()).body.data?.notifications.notificationFeed.nodes ?? []);
    simulator.control.setFaults({ partialErrors: { cloudId: ORBIT_SITE.cloudId } });

    const response = await feed();
    const cloudIds = cloudIdsOf(response.body.data?.notifications.notificationFeed.nodes ?? []);

    expect(response.status).toBe(200);
    expect(clean).toContain(ORBIT_SITE.cloudId);
    expect(cloudIds).toContain(NIMBUS_SITE.cloudId);
    expect(cloudIds).not.toContain(ORBIT_SITE.cloudId);
    expect(cloudIds).toHaveLength(clean.filter((cloudId) => cloudId !== ORBIT_SITE.cloudId).length);
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        path: ['notifications', 'notificationFeed'],
        extensions: expect.objectContaining({ statusCode: 403, cloudId: ORBIT_SITE.cloudId }),
      }),
    ]);
  });

  it('sends errors with null data', async () => {
    simulator.control.setFaults({ errorsWithoutData: {} });

    const response = await feed();

    expect(response.status).toBe(200);
    expect(response.body.data).toBeNull();
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ statusCode: 503 });
  });

  it('sends errors with an empty feed', async () => {
    simulator.control.setFaults({ errorsWithoutData: { emptyFeed: true, statusCode: 500 } });

    const response = await feed();

    expect(response.body.data?.notifications.notificationFeed.nodes).toEqual([]);
    expect(response.body.errors?.[0]?.extensions).toMatchObject({ statusCode: 500 });
  });

  it('leaves other queries alone', async () => {
    simulator.control.setFaults({ errorsWithoutData: {} });

    const me = await postGraphQL(simulator, {
      query: 'query Me { me { user { accountId } } }',
      authorization: demoBasicAuth(simulator),
    });

    expect(me.body.errors).toBeUndefined();
    expect(simulator.control.faults()).toEqual({
      errorsWithoutData: { statusCode: 503, emptyFeed: false, requests: 1 },
    });
  });
});

describe('faults endpoint', () => {
  it('replaces and lists faults', async () => {
    const response = await putFaults({ httpError: { status: 429, retryAfter: '5', requests: 3 } });

    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toEqual({
      httpError: { status: 429, retryAfter: '5', requests: 3 },
    });
    await feed();
    const listed = await jsonOf(await fetch(`${simulator.url}/__simulator/faults`));
    expect(listed).toEqual({ httpError: { status: 429, retryAfter: '5', requests: 2 } });
  });

  it('rejects invalid settings', async () => {
    const response = await putFaults({ httpError: { status: 200 }, colour: 'red' });
    const body = await jsonOf(response);

    expect(response.status).toBe(400);
    expect(body.message).toContain('httpError.status');
    expect(body.message).toContain('colour');
  });

  it('rejects a header with a newline', async () => {
    const response = await putFaults({ httpError: { status: 429, retryAfter: '5\r\nX: y' } });

    expect(response.status).toBe(400);
    expect((await jsonOf(response)).message).toContain('httpError.retryAfter');
  });

  it('delete and reset clear faults', async () => {
    await putFaults({ refuseConnections: { requests: 5 } });
    const deleted = await fetch(`${simulator.url}/__simulator/faults`, { method: 'DELETE' });
    simulator.control.setFaults({ httpError: { status: 503 } });
    simulator.control.reset();

    expect(deleted.status).toBe(204);
    expect(simulator.control.faults()).toEqual({});
    expect((await feed()).status).toBe(200);
  });
});
