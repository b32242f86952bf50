import { execFile } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

import type { Logger } from '../log/logger.ts';
import { createChimeWav } from './chime-wav.ts';

/** A program that plays a WAV file: its name and its arguments for a file. */
interface SoundProgram {
  command: string;
  args: (file: string) => string[];
}

/** A player found on this machine: the program and the path it runs from. */
interface FoundProgram extends SoundProgram {
  path: string;
}

/**
 * Players tried in order. Linux: PulseAudio's `paplay`, PipeWire's `pw-play`, then ALSA's
 * `aplay`. macOS ships `afplay`, and Windows ships Windows PowerShell with Media.SoundPlayer.
 */
const programsByPlatform: Partial<Record<NodeJS.Platform, SoundProgram[]>> = {
  linux: [
    { command: 'paplay', args: (file) => [file] },
    { command: 'pw-play', args: (file) => [file] },
    { command: 'aplay', args: (file) => ['-q', file] },
  ],
  darwin: [{ command: 'afplay', args: (file) => [file] }],
  win32: [
    {
      command: 'powershell.exe',
      args: (file) => [
        '-NoProfile',
        '-NonInteractive',
        '-Command',
        `(New-Object Media.SoundPlayer '${file.replaceAll("'", "''")}').PlaySync()`,
      ],
    },
  ],
};

export interface SoundPlayerOptions {
  logger: Logger;
  platform?: NodeJS.Platform;
  /** Read for PATH, to find the player. */
  env?: NodeJS.ProcessEnv;
  /** A player still running after this long is stopped; the chime lasts under a second. */
  timeoutMs?: number;
}

export interface SoundPlayer {
  /** Plays the chime at `volume` (0 to 100) and resolves when it ends. Never throws. */
  play(volume: number): Promise<void>;
  /** Removes the generated sound files. */
  close(): Promise<void>;
}

/**
 * Creates the player of the new-item chime. The chime is generated as a WAV file per volume in
 * a temporary folder and played with the first sound program found on PATH. Without one it logs
 * once and stays silent; a failing player logs a warning once and debug lines after that.
 */
export function createSoundPlayer(options: SoundPlayerOptions): SoundPlayer {
  const logger = options.logger;
  const platform = options.platform ?? process.platform;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const env = options.env ?? process.env;
  let program: FoundProgram | null | undefined;
  let folder: Promise<string> | null = null;
  const files = new Map<number, Promise<string>>();
  let warnedFailure = false;

  function findProgram(): FoundProgram | null {
    const candidates = programsByPlatform[platform] ?? [];
    for (const candidate of candidates) {
      // Windows resolves powershell.exe itself; PATHEXT makes a PATH search there unreliable.
      const path = platform === 'win32' ? candidate.command : findOnPath(candidate.command, env);
      if (path) {
        return { ...candidate, path };
      }
    }
    const tried = candidates.map((candidate) => candidate.command);
    logger.info({ platform, tried }, 'no sound player found; new items play no sound');
    return null;
  }

  function fileFor(volume: number): Promise<string> {
    let file = files.get(volume);
    if (!file) {
      folder ??= mkdtemp(join(tmpdir(), 'atlassify-sound-'));
      file = folder.then(async (dir) => {
        const path = join(dir, `chime-${volume}.wav`);
        await writeFile(path, createChimeWav(volume));
        return path;
      });
      files.set(volume, file);
    }
    return file;
  }

  async function play(volume: number): Promise<void> {
    const level = Math.round(Math.min(100, Math.max(0, volume)));
    if (level === 0) {
      return;
    }
    if (program === undefined) {
      program = findProgram();
    }
    if (!program) {
      return;
    }

    const player = program;
    try {
      const file = await fileFor(level);
      await run(player.path, player.args(file), { env, timeoutMs });
    } catch (error) {
      const fields = { err: error, player: player.command };
      if (warnedFailure) {
        logger.debug(fields, 'sound player failed again');
      } else {
        warnedFailure = true;
        logger.warn(fields, 'sound player failed');
      }
    }
  }

  return {
    play,
    async close() {
      const dir = await folder?.catch(() => null);
      if (dir) {
        await rm(dir, { recursive: true, force: true });
      }
      folder = null;
      files.clear();
    },
  };
}

function run(
  command: string,
  args: string[],
  options: { env: NodeJS.ProcessEnv; timeoutMs: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const settings = { env: options.env, timeout: options.timeoutMs, windowsHide: true };
    execFile(command, args, settings, (error) => {
      if (error) {
        reject(error);
      } else {
        resolve();
      }
    });
  });
}

function findOnPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  return (env.PATH ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '')
    .map((dir) => join(dir, command))
    .find(isExecutableFile);
}

function isExecutableFile(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
