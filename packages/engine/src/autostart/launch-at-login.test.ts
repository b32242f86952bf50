import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { applyLaunchAtLoginChange, createLaunchAtLogin } from './launch-at-login.ts';

let home: string;

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), 'atlassify-autostart-'));
});

afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

function linuxSwitch() {
  return createLaunchAtLogin({
    command: { program: '/usr/bin/node', args: ['/opt/atlassify.js', 'start'], env: {} },
    platform: 'linux',
    env: { XDG_CONFIG_HOME: join(home, 'config') },
    homeDir: home,
  });
}

describe('launch at login on Linux', () => {
  it('writes and removes the entry', async () => {
    const launchAtLogin = linuxSwitch();
    const path = join(home, 'config', 'autostart', 'atlassify.desktop');

    await launchAtLogin.apply(true);

    expect(launchAtLogin.path).toBe(path);
    expect(await readFile(path, 'utf8')).toContain('Exec=/usr/bin/node /opt/atlassify.js start\n');
    expect((await stat(path)).mode & 0o777).toBe(0o644);
    expect(await launchAtLogin.isEnabled()).toBe(true);

    await launchAtLogin.apply(false);

    expect(await launchAtLogin.isEnabled()).toBe(false);
    await expect(stat(path)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('removes a missing entry quietly', async () => {
    await expect(linuxSwitch().apply(false)).resolves.toBeUndefined();
  });

  it('rejects unsupported systems', () => {
    expect(() =>
      createLaunchAtLogin({
        command: { program: 'node', args: [], env: {} },
        platform: 'aix',
        homeDir: home,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });
});

describe('applyLaunchAtLoginChange', () => {
  it('ignores an unchanged value', async () => {
    await expect(applyLaunchAtLoginChange(undefined, false, false)).resolves.toBeUndefined();
    await expect(applyLaunchAtLoginChange(undefined, true, undefined)).resolves.toBeUndefined();
  });

  it('needs a switch to change', async () => {
    await expect(applyLaunchAtLoginChange(undefined, false, true)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      details: { field: 'launchAtLogin' },
    });
  });

  it('applies a change', async () => {
    const launchAtLogin = linuxSwitch();

    await applyLaunchAtLoginChange(launchAtLogin, false, true);

    expect(await launchAtLogin.isEnabled()).toBe(true);
  });
});
