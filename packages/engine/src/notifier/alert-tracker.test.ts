import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { ErrorCode } from '../errors/atlassify-error.ts';
import type { Notification } from '../notifications/notification.ts';
import { createAlertStateFile } from './alert-state-file.ts';
import { createAlertTracker } from './alert-tracker.ts';

function item(
  id: string,
  minute: number,
  readState: Notification['readState'] = 'unread',
): Notification {
  return {
    id,
    accountId: 'acc-1',
    groupId: `g-${id}`,
    groupSize: 1,
    additionalActors: [],
    timestamp: new Date(Date.UTC(2026, 2, 2, 10, minute)).toISOString(),
    readState,
    category: 'direct',
    product: 'jira',
    type: 'jira-issue-assigned',
    message: 'm',
    actor: { displayName: 'Ada', avatarUrl: null },
    entity: null,
    path: null,
    url: null,
    cloudId: null,
    openUrl: 'https://home.atlassian.com/notifications',
  };
}

function ids(plan: { kind: string; notifications?: Notification[] }): string[] {
  return plan.notifications?.map((notification) => notification.id) ?? [];
}

let folder: string;
let statePath: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'atlassify-alerts-'));
  statePath = join(folder, 'alerts.json');
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function tracker() {
  return createAlertTracker({ store: createAlertStateFile(statePath) });
}

describe('createAlertTracker', () => {
  it('summarises the first poll', async () => {
    const feed = Array.from({ length: 12 }, (_, index) => item(`n${index}`, index));

    const plan = await tracker().decide('acc-1', feed);

    expect(plan.kind).toBe('summary');
    expect(ids(plan)).toHaveLength(12);
  });

  it('alerts a single first item', async () => {
    const plan = await tracker().decide('acc-1', [item('a', 1), item('r', 2, 'read')]);

    expect(plan).toEqual({ kind: 'each', notifications: [item('a', 1)] });
  });

  it('alerts a new item once', async () => {
    const alerts = tracker();
    await alerts.decide('acc-1', [item('a', 1), item('b', 2)]);

    const second = await alerts.decide('acc-1', [item('c', 3), item('a', 1), item('b', 2)]);
    const third = await alerts.decide('acc-1', [item('c', 3), item('a', 1), item('b', 2)]);

    expect(second.kind).toBe('each');
    expect(ids(second)).toEqual(['c']);
    expect(third).toEqual({ kind: 'none' });
  });

  it('ignores read and older items', async () => {
    const alerts = tracker();
    await alerts.decide('acc-1', [item('a', 5)]);

    const plan = await alerts.decide('acc-1', [
      item('read', 6, 'read'),
      item('old', 4),
      item('a', 5),
    ]);

    expect(plan).toEqual({ kind: 'none' });
  });

  it('summarises many new items', async () => {
    const alerts = tracker();
    await alerts.decide('acc-1', [item('a', 0)]);

    const plan = await alerts.decide(
      'acc-1',
      [1, 2, 3, 4].map((minute) => item(`n${minute}`, minute)),
    );

    expect(plan.kind).toBe('summary');
    expect(ids(plan)).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('does not re-alert after restart', async () => {
    await tracker().decide('acc-1', [item('a', 1), item('b', 2)]);

    const afterRestart = await tracker().decide('acc-1', [item('a', 1), item('b', 2)]);
    const withNew = await tracker().decide('acc-1', [item('c', 3), item('a', 1)]);

    expect(afterRestart).toEqual({ kind: 'none' });
    expect(withNew).toEqual({ kind: 'each', notifications: [item('c', 3)] });
  });

  it('keeps accounts apart', async () => {
    const alerts = tracker();
    await alerts.decide('acc-1', [item('a', 1)]);

    const other = await alerts.decide('acc-2', [item('a', 1)]);

    expect(ids(other)).toEqual(['a']);
  });

  it('forgets an account', async () => {
    const alerts = tracker();
    await alerts.decide('acc-1', [item('a', 1)]);

    await alerts.forget('acc-1');
    const plan = await alerts.decide('acc-1', [item('a', 1)]);

    expect(ids(plan)).toEqual(['a']);
  });

  it('serialises concurrent calls', async () => {
    const alerts = tracker();
    await alerts.decide('acc-1', [item('a', 1)]);

    const [first, second] = await Promise.all([
      alerts.decide('acc-1', [item('b', 2), item('a', 1)]),
      alerts.decide('acc-1', [item('b', 2), item('a', 1)]),
    ]);

    expect(ids(first)).toEqual(['b']);
    expect(second).toEqual({ kind: 'none' });
  });

  it('writes the state file', async () => {
    await tracker().decide('acc-1', [item('a', 1), item('r', 7, 'read')]);

    const saved = JSON.parse(await readFile(statePath, 'utf8'));

    expect(saved).toEqual({
      version: 1,
      accounts: { 'acc-1': { watermark: '2026-03-02T10:07:00.000Z', alertedIds: ['a'] } },
    });
  });
});

describe('createAlertStateFile', () => {
  it('moves a corrupt file aside', async () => {
    await writeFile(statePath, '{"version": 1, "accounts": [');
    const store = createAlertStateFile(statePath, () => new Date('2026-03-02T12:00:00.000Z'));

    await expect(store.load()).rejects.toMatchObject({ code: ErrorCode.stateFileCorrupt });

    expect(await readdir(folder)).toEqual(['alerts.json.corrupt-2026-03-02T12-00-00-000Z']);
    expect(await store.load()).toEqual({ version: 1, accounts: {} });
  });

  it('rejects an unknown version', async () => {
    await writeFile(statePath, JSON.stringify({ version: 2, accounts: {} }));

    await expect(createAlertStateFile(statePath).load()).rejects.toMatchObject({
      code: ErrorCode.stateFileCorrupt,
    });
  });
});
