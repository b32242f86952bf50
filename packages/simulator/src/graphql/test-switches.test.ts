import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { MARK_AS_READ, RETRIEVE_NOTIFICATIONS_BY_GROUP_ID } from '../../test/documents.ts';
import { demoBasicAuth, postGraphQL, startTestSimulator } from '../../test/simulator.ts';
import type { RunningSimulator } from '../index.ts';

describe('mark and group switches', () => {
  let simulator: RunningSimulator;

  beforeAll(async () => {
    simulator = await startTestSimulator();
  });
  beforeEach(() => simulator.control.reset());
  afterAll(() => simulator.close());

  const email = () => simulator.options.userEmail;

  function addGroup(groupId: string, count: number): void {
    for (let index = 0; index < count; index += 1) {
      simulator.control.addNotification(email(), {
        groupId,
        headNotification: {
          notificationId: `${groupId}-${index}`,
          content: { type: 'jira:issue-comment', message: 'Ada commented', actor: {} },
        },
      });
    }
  }

  it('caps group pages', async () => {
    addGroup('capped', 5);
    simulator.control.setGroupPageSize(2);

    const result = await postGraphQL<{
      notifications: { notificationGroup: { nodes: unknown[] } };
    }>(simulator, {
      query: RETRIEVE_NOTIFICATIONS_BY_GROUP_ID,
      variables: { groupId: 'capped', first: 100, readState: null },
      authorization: demoBasicAuth(simulator),
    });

    expect(result.body.data?.notifications.notificationGroup.nodes).toHaveLength(2);
  });

  it('fails mark mutations and changes nothing', async () => {
    addGroup('kept', 1);
    simulator.control.setFailMarkMutations(true);

    const result = await postGraphQL(simulator, {
      query: MARK_AS_READ,
      variables: { notificationIDs: ['kept-0'] },
      authorization: demoBasicAuth(simulator),
    });

    expect(result.body.errors?.[0]?.extensions).toMatchObject({ statusCode: 503 });
    const item = simulator.control
      .notifications(email())
      .find((entry) => entry.notificationId === 'kept-0');
    expect(item?.readState).toBe('unread');
  });

  it('reset turns both off', async () => {
    addGroup('after-reset', 3);
    simulator.control.setGroupPageSize(1);
    simulator.control.setFailMarkMutations(true);
    simulator.control.reset();
    addGroup('after-reset', 3);

    const group = await postGraphQL<{
      notifications: { notificationGroup: { nodes: unknown[] } };
    }>(simulator, {
      query: RETRIEVE_NOTIFICATIONS_BY_GROUP_ID,
      variables: { groupId: 'after-reset', first: 100, readState: null },
      authorization: demoBasicAuth(simulator),
    });
    const mark = await postGraphQL(simulator, {
      query: MARK_AS_READ,
      variables: { notificationIDs: ['after-reset-0'] },
      authorization: demoBasicAuth(simulator),
    });

    expect(group.body.data?.notifications.notificationGroup.nodes).toHaveLength(3);
    expect(mark.body.errors).toBeUndefined();
  });
});
