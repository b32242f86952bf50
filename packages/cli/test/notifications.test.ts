import type { Notification } from '@atlassify/engine';
import type { RunningSimulator } from '@atlassify/simulator';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { parseJsonOutput, runCli } from './support/cli.ts';
import { cliEnv, collectTeardown, type Teardown, useHome, useSimulator } from './support/setup.ts';

/** A simulator and a home with its demo account signed in with an API token. */
async function signedIn(
  name: string,
  teardown: Teardown,
): Promise<{ simulator: RunningSimulator; env: NodeJS.ProcessEnv }> {
  const simulator = await useSimulator(teardown);
  const home = await useHome(name, teardown);
  const env = cliEnv(home, simulator.url);

  const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
    env,
    input: simulator.options.apiToken,
  });
  if (login.code !== 0) {
    throw new Error(`sign-in failed with exit ${login.code}: ${login.stderr}`);
  }
  return { simulator, env };
}

async function listJson(env: NodeJS.ProcessEnv, extra: string[] = []): Promise<Notification[]> {
  return parseJsonOutput<Notification[]>(
    await runCli(['notifications', '--json', ...extra], { env }),
  );
}

function readStateInSimulator(simulator: RunningSimulator, id: string): string | undefined {
  return simulator.control
    .notifications(simulator.options.userEmail)
    .find((item) => item.notificationId === id)?.readState;
}

describe.concurrent('notifications', () => {
  describe('listing', () => {
    // The listing cases only read, so they share one signed-in home and its unread feed.
    const { teardown, run: runTeardown } = collectTeardown();
    let simulator: RunningSimulator;
    let env: NodeJS.ProcessEnv;
    let unread: Notification[];

    beforeAll(async () => {
      ({ simulator, env } = await signedIn('listing', teardown));
      unread = await listJson(env);
    });
    afterAll(runTeardown);

    it('json lists unread items', ({ expect }) => {
      expect(unread.length).toBeGreaterThan(0);
      for (const notification of unread) {
        expect(notification).toEqual(
          expect.objectContaining({
            id: expect.any(String),
            product: expect.any(String),
            message: expect.any(String),
            readState: 'unread',
          }),
        );
      }
      const simulatedIds = new Set(
        simulator.control
          .notifications(simulator.options.userEmail)
          .map((item) => item.notificationId),
      );
      expect(unread.filter((notification) => !simulatedIds.has(notification.id))).toEqual([]);
    });

    it('all includes read items', async ({ expect }) => {
      const simulatedRead = simulator.control
        .notifications(simulator.options.userEmail)
        .filter((item) => item.readState === 'read');
      expect(simulatedRead.length).toBeGreaterThan(0);

      const all = await listJson(env, ['--all']);

      const readIds = all.filter((item) => item.readState === 'read').map((item) => item.id);
      expect(readIds.length).toBeGreaterThan(0);
      expect(all.map((item) => item.id)).toEqual(
        expect.arrayContaining(unread.map((item) => item.id)),
      );
    });

    it('human output groups by product', async ({ expect }) => {
      const productById = new Map(unread.map((item) => [item.id, item.product]));

      const listing = await runCli(['notifications', '--group-by-product'], { env });

      expect(listing.code, listing.stderr).toBe(0);
      const lines = listing.stdout.trimEnd().split('\n');
      expect(lines.pop()).toMatch(/^\d+ unread, \d+ new$/);
      const groups: { header: string; count: number; products: Set<string> }[] = [];
      for (const line of lines) {
        const header = line.match(/^(\S.*) \((\d+)\)$/);
        if (header) {
          groups.push({ header: header[1] ?? '', count: Number(header[2]), products: new Set() });
          continue;
        }
        const row = line.match(/^ {2}● (\S+) {2}/);
        expect(row, `a row under a product header: ${line}`).not.toBeNull();
        groups.at(-1)?.products.add(productById.get(row?.[1] ?? '') ?? 'missing from --json');
      }

      expect(groups.map((group) => group.header)).toEqual(
        expect.arrayContaining(['Jira', 'Confluence', 'Bitbucket']),
      );
      expect(new Set(groups.map((group) => group.header)).size).toBe(groups.length);
      for (const group of groups) {
        expect([...group.products], group.header).toHaveLength(1);
      }
      const rowCount = groups.reduce((sum, group) => sum + group.count, 0);
      expect(rowCount).toBe(productById.size);
    });
  });

  it('read and unread send mutations', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('mark', onTestFinished);
    const target = (await listJson(env)).find((item) => item.groupSize === 1);
    const id = target?.id ?? '';
    expect(readStateInSimulator(simulator, id)).toBe('unread');

    simulator.control.clearRequests();
    const read = await runCli(['read', id], { env });

    expect(read.code, read.stderr).toBe(0);
    expect(read.stdout).toBe('Marked 1 notification as read.\n');
    expect(simulator.control.requests()).toContainEqual(
      expect.objectContaining({
        operationName: 'MarkAsRead',
        operationType: 'mutation',
        status: 200,
      }),
    );
    expect(readStateInSimulator(simulator, id)).toBe('read');

    simulator.control.clearRequests();
    const unread = await runCli(['unread', id], { env });

    expect(unread.code, unread.stderr).toBe(0);
    expect(unread.stdout).toBe('Marked 1 notification as unread.\n');
    expect(simulator.control.requests()).toContainEqual(
      expect.objectContaining({
        operationName: 'MarkAsUnread',
        operationType: 'mutation',
        status: 200,
      }),
    );
    expect(readStateInSimulator(simulator, id)).toBe('unread');
  });
});
