import { afterEach, describe, expect, it } from 'vitest';

import type { AtlassianCredential } from '../credentials/atlassian-credential.ts';
import { ErrorCode } from '../errors/atlassify-error.ts';
import {
  type ScriptedReply,
  type ScriptedServer,
  startScriptedServer,
} from './fixtures/scripted-server.ts';
import { markAsRead, markAsUnread, parseMarkResult } from './mark.ts';

let server: ScriptedServer | undefined;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function credentialFor(
  reply: ScriptedReply = { body: { data: { notifications: {} } } },
): Promise<AtlassianCredential> {
  server = await startScriptedServer(() => reply);
  return { kind: 'basic', authorization: 'Basic eA==', graphqlUrl: server.url };
}

describe('markAsRead', () => {
  it('splits 101 ids into two calls', async () => {
    const credential = await credentialFor();
    const ids = Array.from({ length: 101 }, (_, index) => `id-${index}`);

    const result = await markAsRead({ credential, ids });

    expect(result).toEqual({ markedCount: 101, requestCount: 2 });
    const sent = server?.requests.map(
      (request) => request.body.variables?.notificationIDs as string[],
    );
    expect(sent?.[0]).toHaveLength(100);
    expect(sent?.[1]).toEqual(['id-100']);
    expect(server?.requests[0]?.body.query).toContain('mutation MarkAsRead(');
    expect(server?.requests[0]?.body.query).toContain('markNotificationsByIdsAsRead');
  });

  it('sends nothing for no ids', async () => {
    const credential = await credentialFor();

    const result = await markAsRead({ credential, ids: [] });

    expect(result).toEqual({ markedCount: 0, requestCount: 0 });
    expect(server?.requests).toHaveLength(0);
  });

  it('sends each id once', async () => {
    const credential = await credentialFor();

    await markAsRead({ credential, ids: ['a', 'b', 'a'], cloudId: 'cloud-a' });

    expect(server?.requests[0]?.body.variables).toEqual({
      notificationIDs: ['a', 'b'],
      collabContextRoutingAri: 'ari:cloud:platform::site/cloud-a',
    });
  });

  it('rejects a blank id before sending', async () => {
    const credential = await credentialFor();

    await expect(markAsRead({ credential, ids: ['a', ' '] })).rejects.toMatchObject({
      code: ErrorCode.invalidInput,
    });
    expect(server?.requests).toHaveLength(0);
  });

  it('throws on a GraphQL error', async () => {
    const credential = await credentialFor({
      body: {
        data: { notifications: { markNotificationsByIdsAsRead: null } },
        errors: [{ message: 'Too many ids' }],
      },
    });

    await expect(markAsRead({ credential, ids: ['a'] })).rejects.toMatchObject({
      code: ErrorCode.serverError,
    });
  });
});

describe('markAsUnread', () => {
  it('sends the unread mutation', async () => {
    const credential = await credentialFor();

    await markAsUnread({ credential, ids: ['a'] });

    expect(server?.requests[0]?.body.query).toContain('mutation MarkAsUnread(');
    expect(server?.requests[0]?.body.query).toContain('markNotificationsByIdsAsUnread');
  });
});

describe('parseMarkResult', () => {
  it('accepts a null mutation result', () => {
    expect(() =>
      parseMarkResult({ data: { notifications: { markNotificationsByIdsAsRead: null } } }, 'read'),
    ).not.toThrow();
  });
});
