import { readFile } from 'node:fs/promises';

import type { RunningSimulator } from '@atlassify/simulator';
import { describe, it } from 'vitest';

import { runCli } from './support/cli.ts';
import { listJson, readStateInSimulator, signedIn, writeUrlRecorder } from './support/signed-in.ts';

function markRequests(simulator: RunningSimulator, operation: 'MarkAsRead' | 'MarkAsUnread') {
  return simulator.control.requests().filter((entry) => entry.operationName === operation);
}

function unreadIds(simulator: RunningSimulator): string[] {
  return simulator.control
    .notifications(simulator.options.userEmail)
    .filter((item) => item.readState === 'unread')
    .map((item) => item.notificationId);
}

/** Waits until the stand-in browser has written `count` URLs, and returns them. */
async function openedUrls(
  expect: {
    poll: (run: () => Promise<string[]>) => { toHaveLength: (n: number) => Promise<void> };
  },
  file: string,
  count: number,
): Promise<string[]> {
  const read = async () =>
    (await readFile(file, 'utf8').catch(() => '')).split('\n').filter((line) => line !== '');
  await expect.poll(read).toHaveLength(count);
  return read();
}

describe.concurrent('marking and opening', () => {
  it('marks a product read', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('mark-product', onTestFinished);
    const confluence = (await listJson(env, ['--product', 'confluence'])).map((row) => row.id);
    expect(confluence.length).toBeGreaterThan(1);

    const result = await runCli(['read', '--product', 'confluence'], { env });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      new RegExp(`^Marked ${confluence.length} rows \\(\\d+ notifications\\) as read\\.\\n$`),
    );
    expect(confluence.map((id) => readStateInSimulator(simulator, id))).toEqual(
      confluence.map(() => 'read'),
    );
    expect(unreadIds(simulator).length).toBeGreaterThan(0);
  });

  it('asks before marking an account', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('mark-account', onTestFinished);
    const email = simulator.options.userEmail;

    const refused = await runCli(['read', '--account', email], { env });

    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Marking a whole account needs confirmation.');
    expect(refused.stderr).toContain('--yes');
    expect(markRequests(simulator, 'MarkAsRead')).toEqual([]);

    const confirmed = await runCli(['read', '--account', email.toUpperCase(), '--yes'], { env });

    expect(confirmed.code, confirmed.stderr).toBe(0);
    expect(unreadIds(simulator)).toEqual([]);
  });

  it('rejects ambiguous mark requests', async ({ expect, onTestFinished }) => {
    const { env } = await signedIn('mark-usage', onTestFinished);

    const nothing = await runCli(['read'], { env });
    const both = await runCli(['read', 'some-id', '--product', 'jira'], { env });
    const unknownAccount = await runCli(['unread', '--account', 'nobody@example.test', '--yes'], {
      env,
    });

    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Nothing to mark.');
    expect(both.code).toBe(2);
    expect(unknownAccount.code).toBe(2);
    expect(unknownAccount.stderr).toContain('"nobody@example.test"');
  });

  it('opens the path when the entity link is empty', async ({ expect, onTestFinished }) => {
    const { simulator, env, root } = await signedIn('open-path', onTestFinished);
    const browser = await writeUrlRecorder(root);
    simulator.control.addNotification(simulator.options.userEmail, {
      headNotification: {
        notificationId: 'live-doc',
        content: {
          type: 'confluence:live-doc-edit',
          message: 'Lena Fischer edited the live doc Team plan',
          url: null,
          actor: { displayName: 'Lena Fischer' },
          entity: { title: 'Team plan', url: '', iconUrl: null },
          path: [
            { title: 'Space A', url: 'https://nimbus.atlassian.net/wiki/spaces/A', iconUrl: null },
          ],
        },
        analyticsAttributes: [{ key: 'registrationProduct', value: 'confluence' }],
      },
    });

    const result = await runCli(['open', 'live-doc'], {
      env: { ...env, BROWSER: browser.BROWSER },
    });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      'Opened https://nimbus.atlassian.net/wiki/spaces/A\nMarked it as read.\n',
    );
    expect(await openedUrls(expect, browser.file, 1)).toEqual([
      'https://nimbus.atlassian.net/wiki/spaces/A',
    ]);
    expect(readStateInSimulator(simulator, 'live-doc')).toBe('read');
  });

  it.for([
    { browser: 'false', error: 'The BROWSER command "false" exited with status 1' },
    {
      browser: '/nonexistent/browser',
      error: 'Could not run the BROWSER command "/nonexistent/browser": ENOENT.',
    },
  ])('open with a failing $browser prints the URL', async (failing, context) => {
    const { expect, onTestFinished } = context;
    const { simulator, env } = await signedIn('open-browser-fails', onTestFinished);
    const [row] = await listJson(env);
    if (!row) {
      return expect.fail('the seeded feed has no unread row');
    }

    const result = await runCli(['open', row.id], { env: { ...env, BROWSER: failing.browser } });

    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`Open it by hand: ${row.openUrl}\n`);
    expect(result.stderr).toContain(failing.error);
    expect(result.stderr).toContain('Fix or unset the BROWSER variable, then try again.');
    expect(readStateInSimulator(simulator, row.id)).toBe('unread');
    expect(markRequests(simulator, 'MarkAsRead')).toEqual([]);
  });

  it('keeps an item without links unread', async ({ expect, onTestFinished }) => {
    const { simulator, env, root } = await signedIn('open-no-link', onTestFinished);
    const browser = await writeUrlRecorder(root);
    simulator.control.addNotification(simulator.options.userEmail, {
      headNotification: {
        notificationId: 'no-link',
        content: {
          type: 'SYSTEM',
          message: 'Your site will be upgraded',
          url: null,
          actor: {},
          entity: { title: 'Team plan', url: '', iconUrl: null },
          path: [],
        },
      },
    });

    const result = await runCli(['open', 'no-link'], { env: { ...env, BROWSER: browser.BROWSER } });

    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toContain('No link available for this notification');
    expect(result.stdout).toBe('Opened https://home.atlassian.com/notifications\n');
    expect(await openedUrls(expect, browser.file, 1)).toEqual([
      'https://home.atlassian.com/notifications',
    ]);
    expect(readStateInSimulator(simulator, 'no-link')).toBe('unread');
    expect(markRequests(simulator, 'MarkAsRead')).toEqual([]);
  });
});
