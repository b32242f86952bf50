import { afterEach, describe, expect, it } from 'vitest';

import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import {
  type RecordedRequest,
  type ScriptedServer,
  startScriptedServer,
} from './fixtures/scripted-server.ts';
import { fetchGroupMemberIds, parseNotificationGroupPage } from './group.ts';

let server: ScriptedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

function groupResponse(
  ids: string[],
  pageInfo: { hasNextPage: boolean; endCursor: string | null },
) {
  return {
    data: {
      notifications: {
        notificationGroup: {
          pageInfo,
          nodes: ids.map((id) => ({ notificationId: id, readState: 'unread' })),
        },
      },
    },
  };
}

async function credentialFor(
  reply: (request: RecordedRequest, index: number) => unknown,
): Promise<AtlassianCredential> {
  server = await startScriptedServer((request, index) => ({ body: reply(request, index) }));
  return { kind: 'basic', authorization: 'Basic eA==', graphqlUrl: server.url };
}

describe('fetchGroupMemberIds', () => {
  it('pages through a 60-member group', async () => {
    const all = Array.from({ length: 60 }, (_, index) => `m-${index}`);
    const credential = await credentialFor((_, index) =>
      groupResponse(all.slice(index * 25, index * 25 + 25), {
        hasNextPage: true,
        endCursor: `c${index + 1}`,
      }),
    );

    const ids = await fetchGroupMemberIds({
      credential,
      groupId: 'g1',
      groupSize: 60,
      readState: null,
    });

    expect(new Set(ids)).toEqual(new Set(all));
    expect(server?.requests).toHaveLength(3);
    expect(server?.requests[0]?.body.variables).toEqual({
      groupId: 'g1',
      first: 100,
      readState: null,
    });
    expect(server?.requests[1]?.body.variables?.after).toBe('c1');
    expect(server?.requests[0]?.body.query).toContain('query RetrieveNotificationsByGroupId(');
  });

  it('stops when the server has no more', async () => {
    const credential = await credentialFor(() =>
      groupResponse(['a', 'b'], { hasNextPage: false, endCursor: 'c1' }),
    );

    const ids = await fetchGroupMemberIds({
      credential,
      groupId: 'g1',
      groupSize: 5,
      readState: 'unread',
    });

    expect(ids).toEqual(['a', 'b']);
    expect(server?.requests).toHaveLength(1);
  });

  it('stops on an empty page', async () => {
    const credential = await credentialFor((_, index) =>
      groupResponse(index === 0 ? ['a'] : [], { hasNextPage: true, endCursor: `c${index + 1}` }),
    );

    const ids = await fetchGroupMemberIds({
      credential,
      groupId: 'g1',
      groupSize: 5,
      readState: null,
    });

    expect(ids).toEqual(['a']);
    expect(server?.requests).toHaveLength(2);
  });
});

describe('parseNotificationGroupPage', () => {
  it('drops members without an id', () => {
    const page = parseNotificationGroupPage({
      data: {
        notifications: {
          notificationGroup: {
            pageInfo: { hasNextPage: false, endCursor: null },
            nodes: [
              { notificationId: 'a', readState: 'read' },
              { notificationId: null, readState: 'read' },
            ],
          },
        },
      },
    });

    expect(page.members).toEqual([{ notificationId: 'a', readState: 'read' }]);
    expect(page.nodeCount).toBe(2);
  });
});
