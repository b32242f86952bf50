import { describe, it } from 'vitest';

import { parseJsonOutput, runCli } from './support/cli.ts';
import { signedIn } from './support/signed-in.ts';

describe.concurrent('sites and settings', () => {
  it('adds, lists and removes sites', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('sites', onTestFinished);

    const added = await runCli(['sites', 'add', 'https://nimbus.atlassian.net/jira/your-work'], {
      env,
    });
    const duplicate = await runCli(['sites', 'add', 'NIMBUS.atlassian.net'], { env });
    const unknown = await runCli(['sites', 'add', 'nowhere.atlassian.net'], { env });
    const listed = await runCli(['sites', 'list', '--json'], { env });
    simulator.control.clearRequests();
    const feed = await runCli(['notifications', '--json'], { env });
    const feedRequests = simulator.control
      .requests()
      .filter((entry) => entry.operationName === 'MyNotifications');
    const removed = await runCli(['sites', 'remove', 'nimbus.atlassian.net'], { env });
    const empty = await runCli(['sites', 'list'], { env });

    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/^Added nimbus\.atlassian\.net \(cloud id [\w-]+\) to /);
    expect(duplicate.code, duplicate.stderr).toBe(0);
    expect(duplicate.stdout).toContain(
      "nimbus.atlassian.net is already one of this account's sites. Nothing to do.",
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Atlassian has no site at nowhere.atlassian.net.');
    expect(parseJsonOutput<{ host: string }[]>(listed).map((site) => site.host)).toEqual([
      'nimbus.atlassian.net',
    ]);
    expect(feed.code, feed.stderr).toBe(0);
    // One page of the unscoped feed and one of the added site.
    expect(feedRequests).toHaveLength(2);
    expect(removed.code, removed.stderr).toBe(0);
    expect(empty.stdout).toContain('has no added sites');
  });

  it('remove prints the host', async ({ expect, onTestFinished }) => {
    const { simulator, env } = await signedIn('sites-remove', onTestFinished);
    const email = simulator.options.userEmail;
    const added = await runCli(['sites', 'add', 'orbit.atlassian.net'], { env });
    expect(added.code, added.stderr).toBe(0);

    const removed = await runCli(['sites', 'remove', 'https://orbit.atlassian.net/'], { env });
    const again = await runCli(['sites', 'remove', 'https://orbit.atlassian.net/'], { env });

    expect(removed.code, removed.stderr).toBe(0);
    expect(removed.stdout).toBe(`Removed orbit.atlassian.net from ${email}.\n`);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("orbit.atlassian.net is not one of this account's sites.");
    expect(again.stderr).toContain('`atlassify sites list`');
  });

  it('prints and changes settings', async ({ expect, onTestFinished }) => {
    const { env } = await signedIn('settings', onTestFinished);

    const changed = await runCli(['settings', 'set', 'pollIntervalSeconds', '90'], { env });
    const tooShort = await runCli(['settings', 'set', 'pollIntervalSeconds', '10'], { env });
    const notBoolean = await runCli(['settings', 'set', 'playSound', 'maybe'], { env });
    const unknown = await runCli(['settings', 'set', 'colour', 'dark'], { env });
    const theme = await runCli(['settings', 'set', 'theme', 'dark'], { env });
    const badTheme = await runCli(['settings', 'set', 'theme', 'purple'], { env });
    const printed = await runCli(['settings', '--json'], { env });

    expect(changed.stdout).toBe('pollIntervalSeconds = 90\n');
    expect(tooShort.code).toBe(2);
    expect(tooShort.stderr).toContain('Invalid value "10" for pollIntervalSeconds');
    expect(notBoolean.code).toBe(2);
    expect(notBoolean.stderr).toContain('expected true, false, yes, no, on or off.');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown setting "colour".');
    expect(theme.stdout).toBe('theme = dark\n');
    expect(badTheme.code).toBe(2);
    expect(badTheme.stderr).toContain('Invalid value "purple" for theme');
    expect(parseJsonOutput<Record<string, unknown>>(printed)).toMatchObject({
      pollIntervalSeconds: 90,
      theme: 'dark',
      groupByTitle: true,
      fetchOnlyUnread: true,
    });
  });
});
