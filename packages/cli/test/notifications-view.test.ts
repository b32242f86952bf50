import type { Notification } from '@atlassify/engine';
import type { RunningSimulator } from '@atlassify/simulator';
import { afterAll, beforeAll, describe, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { collectTeardown } from './support/setup.ts';
import { listJson, signedIn } from './support/signed-in.ts';

describe.concurrent('notifications view', () => {
  describe('filters and grouping', () => {
    // These cases only read, so they share one signed-in home.
    const { teardown, run: runTeardown } = collectTeardown();
    let simulator: RunningSimulator;
    let env: NodeJS.ProcessEnv;
    let unread: Notification[];

    beforeAll(async () => {
      ({ simulator, env } = await signedIn('view', teardown));
      simulator.control.addNotification(simulator.options.userEmail, {
        headNotification: {
          notificationId: 'markup',
          timestamp: '2030-01-01T00:00:00.000Z',
          content: {
            type: 'jira:issue-updated',
            message: 'R&D review <b>needed</b> for A<B & C>D',
            actor: { displayName: 'Ada & <Co>' },
            entity: {
              title: '<img src=x onerror=alert(1)> Q&A',
              url: 'https://nimbus.atlassian.net/browse/NIM-1',
            },
          },
          analyticsAttributes: [
            { key: 'registrationProduct', value: 'jira' },
            { key: 'subProduct', value: 'software' },
          ],
        },
      });
      unread = await listJson(env);
    });
    afterAll(runTeardown);

    it('product flag filters rows', async ({ expect }) => {
      const comma = await listJson(env, ['--product', 'jira,Confluence']);
      const repeated = await listJson(env, ['--product', 'jira', '--product', 'confluence']);

      const wanted = unread.filter((row) => row.product === 'jira' || row.product === 'confluence');
      expect(comma.map((row) => row.id)).toEqual(wanted.map((row) => row.id));
      expect(repeated.map((row) => row.id)).toEqual(wanted.map((row) => row.id));
    });

    it('unknown product is a usage error', async ({ expect }) => {
      const result = await runCli(['notifications', '--product', 'jira,loom'], { env });

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('"loom" is not a product.');
      expect(result.stderr).toContain('jira, jira_service_management, jira_product_discovery');
      expect(result.stdout).toBe('');
    });

    it('unknown actor kind takes "an"', async ({ expect }) => {
      const result = await runCli(['notifications', '--actor', 'robot'], { env });

      expect(result.code).toBe(2);
      expect(result.stderr).toContain('"robot" is not an actor kind.');
      expect(result.stderr).toContain('Valid actor kinds: user, rovo, automation.');
    });

    it('unread flag hides read rows', async ({ expect }) => {
      const all = await listJson(env, ['--all']);
      const unreadOnly = await listJson(env, ['--all', '--unread']);

      expect(all.some((row) => row.readState === 'read')).toBe(true);
      expect(unreadOnly.length).toBeGreaterThan(0);
      expect(unreadOnly.every((row) => row.readState === 'unread')).toBe(true);
    });

    it('engagement and actor flags filter rows', async ({ expect }) => {
      const mentions = await listJson(env, ['--engagement', 'mention']);
      const bots = await listJson(env, ['--actor', 'automation,rovo']);

      expect(mentions.length).toBeGreaterThan(0);
      expect(mentions.every((row) => row.engagement === 'mention')).toBe(true);
      expect(bots.length).toBeGreaterThan(0);
      expect(bots.every((row) => row.actorKind === 'automation' || row.actorKind === 'rovo')).toBe(
        true,
      );
    });

    it('prints markup characters literally', async ({ expect }) => {
      const listing = await runCli(['notifications'], { env });

      expect(listing.code, listing.stderr).toBe(0);
      expect(listing.stdout).toContain(
        'R&D review <b>needed</b> for A<B & C>D — <img src=x onerror=alert(1)> Q&A',
      );
      expect(listing.stdout).not.toContain('&amp;');
    });

    it('lists flat rows by default', async ({ expect }) => {
      const listing = await runCli(['notifications'], { env });

      const lines = listing.stdout.trimEnd().split('\n');
      expect(lines.at(-1)).toMatch(/^\d+ unread, \d+ new$/);
      expect(lines.slice(0, -1).every((line) => /^ {2}● \S+ {2}/.test(line))).toBe(true);
      expect(lines.slice(0, -1)).toHaveLength(unread.length);
    });
  });

  it('follows the grouping setting', async ({ expect, onTestFinished }) => {
    const { env } = await signedIn('grouping-setting', onTestFinished);

    const set = await runCli(['settings', 'set', 'groupByProduct', 'on'], { env });
    const listing = await runCli(['notifications'], { env });

    expect(set.stdout).toBe('groupByProduct = true\n');
    expect(listing.stdout).toMatch(/^Jira \(\d+\)$/m);
    expect(listing.stdout).toMatch(/^Confluence \(\d+\)$/m);
  });

  it('says 999+ past the item cap', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('item-cap', onTestFinished);
    for (let index = 0; index < 1_050; index += 1) {
      simulator.control.addNotification(simulator.options.userEmail, {
        headNotification: {
          content: { type: 'jira:issue-updated', message: `Update ${index}`, actor: {} },
        },
      });
    }

    const listing = await runCli(['notifications'], { env });

    expect(listing.code, listing.stderr).toBe(0);
    expect(listing.stdout.trimEnd().split('\n').at(-1)).toMatch(/^999\+ unread, \d+ new$/);
  });

  it('unreachable feed errors only on stderr', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('unreachable', onTestFinished);
    await simulator.close();

    const listing = await runCli(['notifications'], { env });

    expect(listing.code).toBe(1);
    expect(listing.stderr).toContain("Couldn't refresh:");
    expect(listing.stderr).toContain('Check the network connection');
    expect(listing.stdout, 'nothing was loaded, so no list and no count').toBe('');
  });
});
