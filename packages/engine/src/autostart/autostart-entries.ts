import { posix, win32 } from 'node:path';

/** The command that starts Atlassify at login: a program, its arguments and extra variables. */
export interface LaunchCommand {
  program: string;
  args: string[];
  /** Variables the program needs besides the login session's, such as `ATLASSIFY_HOME`. */
  env: Record<string, string>;
}

/** A file that makes the system start Atlassify at login, and where it goes. */
export interface AutostartEntry {
  path: string;
  content: string;
}

/** Folders the entries are placed under; each platform reads the ones it needs. */
export interface AutostartFolders {
  homeDir: string;
  /** `XDG_CONFIG_HOME`, when set (Linux). */
  xdgConfigHome?: string | undefined;
  /** `APPDATA`, when set (Windows). */
  appData?: string | undefined;
}

/** The launchd label, and the plist's file name without `.plist`. */
export const launchAgentLabel = 'com.atlassify.start';

/**
 * Builds the XDG autostart entry, `$XDG_CONFIG_HOME/autostart/atlassify.desktop`, which desktop
 * environments that follow the XDG Autostart specification run at login.
 * @see https://specifications.freedesktop.org/autostart-spec/latest/
 * @see https://specifications.freedesktop.org/desktop-entry/latest/exec-variables.html
 */
export function linuxAutostartEntry(
  command: LaunchCommand,
  folders: AutostartFolders,
): AutostartEntry {
  const configHome = folders.xdgConfigHome || posix.join(folders.homeDir, '.config');
  const variables = Object.entries(command.env).map(([name, value]) => `${name}=${value}`);
  const words = variables.length > 0 ? ['env', ...variables] : [];
  const exec = [...words, command.program, ...command.args].map(quoteExecArgument).join(' ');

  const content = [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Atlassify',
    'Comment=Atlassian Cloud notifications on your desktop',
    `Exec=${exec}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
  return { path: posix.join(configHome, 'autostart', 'atlassify.desktop'), content };
}

/** The characters the Desktop Entry specification reserves in `Exec` arguments. */
const reservedInExec = /[\s"'\\><~|&;$*?#()`]/;

/**
 * Quotes one `Exec` argument per the Desktop Entry specification: arguments with spaces or
 * reserved characters go in double quotes, inside which `"`, `` ` ``, `$` and `\` take a
 * backslash. A `%` is doubled everywhere, because a single one starts a field code. Desktop files
 * also undo string escapes in every value first, so each backslash of the quoted form is doubled
 * once more, and line breaks and tabs are written as `\n`, `\r` and `\t`.
 */
export function quoteExecArgument(argument: string): string {
  const percentSafe = argument.replaceAll('%', '%%');
  if (percentSafe !== '' && !reservedInExec.test(percentSafe)) {
    return percentSafe;
  }
  const quoted = `"${percentSafe.replace(/["`$\\]/g, (character) => `\\${character}`)}"`;
  return quoted
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r');
}

/**
 * Builds the launchd agent `~/Library/LaunchAgents/com.atlassify.start.plist`, which macOS loads
 * at the next login. `RunAtLoad` starts it then; without `KeepAlive`, quitting stays quit.
 * @see https://www.unix.com/man-page/osx/5/launchd.plist/ (launchd.plist(5))
 * NOTE: built and tested as content only; no test loads it into launchd.
 */
export function macLaunchAgent(command: LaunchCommand, folders: AutostartFolders): AutostartEntry {
  const programArguments = [command.program, ...command.args]
    .map((argument) => `    <string>${escapeXml(argument)}</string>`)
    .join('\n');
  const environment = Object.entries(command.env)
    .map(
      ([name, value]) =>
        `    <key>${escapeXml(name)}</key>\n    <string>${escapeXml(value)}</string>`,
    )
    .join('\n');

  const content = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    '<dict>',
    '  <key>Label</key>',
    `  <string>${launchAgentLabel}</string>`,
    '  <key>ProgramArguments</key>',
    '  <array>',
    programArguments,
    '  </array>',
    ...(environment === ''
      ? []
      : ['  <key>EnvironmentVariables</key>', '  <dict>', environment, '  </dict>']),
    '  <key>RunAtLoad</key>',
    '  <true/>',
    '  <key>ProcessType</key>',
    '  <string>Interactive</string>',
    '</dict>',
    '</plist>',
    '',
  ].join('\n');
  return {
    path: posix.join(folders.homeDir, 'Library', 'LaunchAgents', `${launchAgentLabel}.plist`),
    content,
  };
}

function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * Builds `Atlassify.cmd` in the user's Startup folder, which Windows runs at login. `start ""`
 * detaches the program, so the console window closes at once, and `/min` starts it minimised.
 * NOTE: built and tested as content only; no test runs it on Windows.
 */
export function windowsStartupScript(
  command: LaunchCommand,
  folders: AutostartFolders,
): AutostartEntry {
  const appData = folders.appData || win32.join(folders.homeDir, 'AppData', 'Roaming');
  const variables = Object.entries(command.env).map(
    ([name, value]) => `set "${name}=${escapeCmd(value)}"`,
  );
  const line = ['start', '""', '/min', command.program, ...command.args]
    .map((word, index) => (index < 3 ? word : quoteCmdArgument(word)))
    .join(' ');

  const content = ['@echo off', ...variables, line, ''].join('\r\n');
  return {
    path: win32.join(
      appData,
      'Microsoft',
      'Windows',
      'Start Menu',
      'Programs',
      'Startup',
      'Atlassify.cmd',
    ),
    content,
  };
}

/** `%` expands variables in a batch file even inside quotes, so it is doubled. */
function escapeCmd(text: string): string {
  return text.replaceAll('%', '%%');
}

function quoteCmdArgument(argument: string): string {
  const escaped = escapeCmd(argument);
  return /^[\w\-.:\\/]+$/.test(escaped) ? escaped : `"${escaped}"`;
}

/** Picks the entry for a platform, or returns null where launching at login is not supported. */
export function autostartEntryFor(
  platform: NodeJS.Platform,
  command: LaunchCommand,
  folders: AutostartFolders,
): AutostartEntry | null {
  switch (platform) {
    case 'linux':
      return linuxAutostartEntry(command, folders);
    case 'darwin':
      return macLaunchAgent(command, folders);
    case 'win32':
      return windowsStartupScript(command, folders);
    default:
      return null;
  }
}
