import { access, mkdir, rm } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname } from 'node:path';

import writeFileAtomic from 'write-file-atomic';

import { ErrorCode, InputError, StorageError } from '../errors/atlassify-error.ts';
import { type AutostartEntry, autostartEntryFor, type LaunchCommand } from './autostart-entries.ts';

/** Writes and removes the entry that starts Atlassify at login. */
export interface LaunchAtLogin {
  /** The entry's path on this system. */
  readonly path: string;
  /** Writes the entry (replacing an older one) or removes it. */
  apply(enabled: boolean): Promise<void>;
  /** Tells whether an entry is in place, also one that another program wrote. */
  isEnabled(): Promise<boolean>;
}

export interface LaunchAtLoginOptions {
  command: LaunchCommand;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
  homeDir?: string;
}

/**
 * Builds the launch-at-login switch for this system: an XDG autostart entry on Linux, a launchd
 * agent on macOS and a script in the Startup folder on Windows. Throws INVALID_INPUT on other
 * systems.
 */
export function createLaunchAtLogin(options: LaunchAtLoginOptions): LaunchAtLogin {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const entry = autostartEntryFor(platform, options.command, {
    homeDir: options.homeDir ?? homedir(),
    xdgConfigHome: env.XDG_CONFIG_HOME,
    appData: env.APPDATA,
  });
  if (!entry) {
    throw new InputError(
      ErrorCode.invalidInput,
      `Launching at login is not supported on ${platform}.`,
      { hint: 'Start Atlassify with `atlassify start` instead.', details: { platform } },
    );
  }

  return {
    path: entry.path,
    apply: (enabled) => (enabled ? writeEntry(entry) : removeEntry(entry)),
    isEnabled: () =>
      access(entry.path).then(
        () => true,
        () => false,
      ),
  };
}

async function writeEntry(entry: AutostartEntry): Promise<void> {
  try {
    await mkdir(dirname(entry.path), { recursive: true });
    await writeFileAtomic(entry.path, entry.content, { mode: 0o644 });
  } catch (error) {
    throw autostartError('write', entry.path, error);
  }
}

async function removeEntry(entry: AutostartEntry): Promise<void> {
  try {
    await rm(entry.path, { force: true });
  } catch (error) {
    throw autostartError('remove', entry.path, error);
  }
}

function autostartError(action: 'write' | 'remove', path: string, cause: unknown): StorageError {
  const code = (cause as NodeJS.ErrnoException | undefined)?.code ?? 'unknown error';
  return new StorageError(
    ErrorCode.stateFileFailed,
    `Could not ${action} the launch-at-login entry ${path} (${code}).`,
    {
      hint: `Check that you may write to ${dirname(path)}, then try again.`,
      cause,
      details: { path },
    },
  );
}

/**
 * Applies a requested `launchAtLogin` value before the setting is saved, so the stored setting
 * never claims an entry that could not be written. A value equal to the current one changes
 * nothing. Without a switch (the demo, tests) a change fails with INVALID_INPUT.
 */
export async function applyLaunchAtLoginChange(
  launchAtLogin: LaunchAtLogin | undefined,
  current: boolean,
  requested: boolean | undefined,
): Promise<void> {
  if (requested === undefined || requested === current) {
    return;
  }
  if (!launchAtLogin) {
    throw new InputError(
      ErrorCode.invalidInput,
      'Launch at login cannot be changed here: this engine has no command to launch at login, as in the demo.',
      {
        hint: 'Outside the demo, run `atlassify autostart on` or `atlassify autostart off`.',
        details: { field: 'launchAtLogin' },
      },
    );
  }
  await launchAtLogin.apply(requested);
}
