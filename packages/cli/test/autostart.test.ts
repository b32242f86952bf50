import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { describe, it } from 'vitest';

import { cliBin, parseJsonOutput, runCli } from './support/cli.ts';
import { cliEnv, isolatedEnv, useHome } from './support/setup.ts';

describe.concurrent('launch at login', () => {
  it('is off by default', async ({ expect, onTestFinished }) => {
    const home = await useHome('autostart-default', onTestFinished);
    const env = isolatedEnv(home);

    const settings = await runCli(['settings', '--json'], { env });
    const status = await runCli(['autostart'], { env });

    expect(parseJsonOutput<{ launchAtLogin: boolean }>(settings).launchAtLogin).toBe(false);
    expect(status.stdout).toContain('Atlassify does not start at login.');
    expect(existsSync(join(home.env.XDG_CONFIG_HOME, 'autostart'))).toBe(false);
  });

  it('writes and removes the XDG entry', async ({ expect, onTestFinished }) => {
    const home = await useHome('autostart-on-off', onTestFinished);
    const env = isolatedEnv(home);
    const entry = join(home.env.XDG_CONFIG_HOME, 'autostart', 'atlassify.desktop');

    const on = await runCli(['autostart', 'on'], { env });

    expect(on.code, on.stderr).toBe(0);
    expect(on.stdout).toBe(`Atlassify starts at login: ${entry}\n`);
    const content = await readFile(entry, 'utf8');
    expect(content).toContain('[Desktop Entry]\nType=Application\nName=Atlassify\n');
    expect(content).toContain(
      `\nExec=env ATLASSIFY_HOME=${home.env.ATLASSIFY_HOME} ${process.execPath} ${cliBin} start --no-open --open-if-no-tray\n`,
    );
    const settings = await runCli(['settings', '--json'], { env });
    expect(parseJsonOutput<{ launchAtLogin: boolean }>(settings).launchAtLogin).toBe(true);
    expect((await runCli(['autostart'], { env })).stdout).toBe(
      `Atlassify starts at login (${entry}).\n`,
    );

    const off = await runCli(['settings', 'set', 'launchAtLogin', 'false'], { env });

    expect(off.code, off.stderr).toBe(0);
    expect(existsSync(entry)).toBe(false);
  });

  it('carries the state folder, store and service into the entry, never a secret', async ({
    expect,
    onTestFinished,
  }) => {
    const home = await useHome('autostart-carried', onTestFinished);
    const env = cliEnv(home, 'http://127.0.0.1:4999', {
      ATLASSIFY_OAUTH_CLIENT_SECRET: 'client-secret-not-for-files',
    });
    const entry = join(home.env.XDG_CONFIG_HOME, 'autostart', 'atlassify.desktop');

    const on = await runCli(['autostart', 'on'], { env });

    expect(on.code, on.stderr).toBe(0);
    const content = await readFile(entry, 'utf8');
    expect(content).toContain(
      `\nExec=env ATLASSIFY_HOME=${home.env.ATLASSIFY_HOME} ATLASSIFY_CREDENTIAL_STORE=file ATLASSIFY_ATLASSIAN_BASE_URL=http://127.0.0.1:4999 ${process.execPath} `,
    );
    expect(content).not.toContain('client-secret-not-for-files');
  });

  it('rejects an unknown state', async ({ expect, onTestFinished }) => {
    const home = await useHome('autostart-bad', onTestFinished);

    const result = await runCli(['autostart', 'maybe'], { env: isolatedEnv(home) });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Invalid state "maybe": use on or off.');
  });
});
