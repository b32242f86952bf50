import { describe, expect, it } from 'vitest';

import {
  autostartEntryFor,
  type LaunchCommand,
  linuxAutostartEntry,
  macLaunchAgent,
  quoteExecArgument,
  windowsStartupScript,
} from './autostart-entries.ts';

const command: LaunchCommand = {
  program: '/opt/node 20/bin/node',
  args: ['/home/ada/atlassify/packages/cli/bin/atlassify.js', 'start', '--no-open'],
  env: {},
};

describe('linux autostart entry', () => {
  it('goes to XDG_CONFIG_HOME/autostart', () => {
    const entry = linuxAutostartEntry(command, {
      homeDir: '/home/ada',
      xdgConfigHome: '/home/ada/.cfg',
    });

    expect(entry.path).toBe('/home/ada/.cfg/autostart/atlassify.desktop');
  });

  it('defaults to ~/.config/autostart', () => {
    expect(linuxAutostartEntry(command, { homeDir: '/home/ada' }).path).toBe(
      '/home/ada/.config/autostart/atlassify.desktop',
    );
  });

  it('writes a desktop entry with Exec', () => {
    const { content } = linuxAutostartEntry(command, { homeDir: '/home/ada' });

    expect(content.split('\n')).toEqual([
      '[Desktop Entry]',
      'Type=Application',
      'Name=Atlassify',
      'Comment=Atlassian Cloud notifications on your desktop',
      'Exec="/opt/node 20/bin/node" /home/ada/atlassify/packages/cli/bin/atlassify.js start --no-open',
      'Terminal=false',
      'X-GNOME-Autostart-enabled=true',
      '',
    ]);
  });

  it('sets variables through env', () => {
    const { content } = linuxAutostartEntry(
      { ...command, env: { ATLASSIFY_HOME: '/home/ada/state' } },
      { homeDir: '/home/ada' },
    );

    expect(content).toContain('Exec=env ATLASSIFY_HOME=/home/ada/state "/opt/node 20/bin/node" ');
  });

  it.for([
    ['plain', 'plain'],
    ['50%', '50%%'],
    ['a b', '"a b"'],
    ['$HOME', '"\\\\$HOME"'],
    ['back\\slash', '"back\\\\\\\\slash"'],
    ['say "hi"', '"say \\\\"hi\\\\""'],
    ['', '""'],
    ['two\nlines', '"two\\nlines"'],
  ])('quotes %j as %j', ([argument, quoted]) => {
    expect(quoteExecArgument(argument ?? '')).toBe(quoted);
  });
});

describe('macOS launch agent', () => {
  it('goes to ~/Library/LaunchAgents', () => {
    expect(macLaunchAgent(command, { homeDir: '/Users/ada' }).path).toBe(
      '/Users/ada/Library/LaunchAgents/com.atlassify.start.plist',
    );
  });

  it('lists the arguments and runs at load', () => {
    const { content } = macLaunchAgent(
      { ...command, env: { ATLASSIFY_HOME: '/Users/ada/R&D' } },
      { homeDir: '/Users/ada' },
    );

    expect(content).toContain('<key>Label</key>\n  <string>com.atlassify.start</string>');
    expect(content).toContain(
      [
        '  <key>ProgramArguments</key>',
        '  <array>',
        '    <string>/opt/node 20/bin/node</string>',
        '    <string>/home/ada/atlassify/packages/cli/bin/atlassify.js</string>',
        '    <string>start</string>',
        '    <string>--no-open</string>',
        '  </array>',
      ].join('\n'),
    );
    expect(content).toContain('<key>ATLASSIFY_HOME</key>\n    <string>/Users/ada/R&amp;D</string>');
    expect(content).toContain('<key>RunAtLoad</key>\n  <true/>');
    expect(content).not.toContain('KeepAlive');
  });
});

describe('windows startup script', () => {
  const windowsCommand: LaunchCommand = {
    program: 'C:\\Program Files\\nodejs\\node.exe',
    args: ['C:\\Users\\ada\\atlassify\\packages\\cli\\bin\\atlassify.js', 'start', '--no-open'],
    env: { ATLASSIFY_HOME: 'C:\\Users\\ada\\100%' },
  };

  it('goes to the Startup folder', () => {
    const entry = windowsStartupScript(windowsCommand, {
      homeDir: 'C:\\Users\\ada',
      appData: 'C:\\Users\\ada\\AppData\\Roaming',
    });

    expect(entry.path).toBe(
      'C:\\Users\\ada\\AppData\\Roaming\\Microsoft\\Windows\\Start Menu\\Programs\\Startup\\Atlassify.cmd',
    );
  });

  it('starts node detached and minimised', () => {
    const { content } = windowsStartupScript(windowsCommand, { homeDir: 'C:\\Users\\ada' });

    expect(content.split('\r\n')).toEqual([
      '@echo off',
      'set "ATLASSIFY_HOME=C:\\Users\\ada\\100%%"',
      'start "" /min "C:\\Program Files\\nodejs\\node.exe" C:\\Users\\ada\\atlassify\\packages\\cli\\bin\\atlassify.js start --no-open',
      '',
    ]);
  });
});

describe('autostartEntryFor', () => {
  it('picks the platform entry', () => {
    const folders = { homeDir: '/home/ada' };

    expect(autostartEntryFor('linux', command, folders)?.path).toMatch(/\.desktop$/);
    expect(autostartEntryFor('darwin', command, folders)?.path).toMatch(/\.plist$/);
    expect(autostartEntryFor('win32', command, folders)?.path).toMatch(/\.cmd$/);
    expect(autostartEntryFor('aix', command, folders)).toBeNull();
  });
});
