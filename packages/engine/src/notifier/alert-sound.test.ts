import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createLogger } from '../log/logger.ts';
import { createSoundPlayer } from './alert-sound.ts';
import { chimeSampleRate, createChimeWav } from './chime-wav.ts';

function peakOf(wav: Buffer): number {
  let peak = 0;
  for (let offset = 44; offset < wav.length; offset += 2) {
    peak = Math.max(peak, Math.abs(wav.readInt16LE(offset)));
  }
  return peak;
}

describe('createChimeWav', () => {
  it('writes a PCM WAV header', () => {
    const wav = createChimeWav(100);

    expect(wav.toString('ascii', 0, 4)).toBe('RIFF');
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    expect(wav.toString('ascii', 8, 16)).toBe('WAVEfmt ');
    expect(wav.readUInt16LE(20)).toBe(1);
    expect(wav.readUInt16LE(22)).toBe(1);
    expect(wav.readUInt32LE(24)).toBe(chimeSampleRate);
    expect(wav.readUInt16LE(34)).toBe(16);
    expect(wav.toString('ascii', 36, 40)).toBe('data');
    expect(wav.readUInt32LE(40)).toBe(wav.length - 44);
  });

  it('lasts under half a second', () => {
    const seconds = (createChimeWav(100).length - 44) / 2 / chimeSampleRate;

    expect(seconds).toBeGreaterThan(0.2);
    expect(seconds).toBeLessThan(0.5);
  });

  it('scales samples with the volume', () => {
    const full = peakOf(createChimeWav(100));

    expect(full).toBeGreaterThan(0.75 * 32_767);
    expect(full).toBeLessThanOrEqual(0.8 * 32_767);
    expect(peakOf(createChimeWav(20)) / full).toBeCloseTo(0.2, 2);
    expect(peakOf(createChimeWav(0))).toBe(0);
    expect(peakOf(createChimeWav(250))).toBe(full);
  });
});

describe('createSoundPlayer', () => {
  let folder: string;
  let logLines: Array<Record<string, unknown>>;

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'atlassify-players-'));
    logLines = [];
  });

  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const logger = () =>
    createLogger({
      level: 'debug',
      destination: { write: (line: string) => logLines.push(JSON.parse(line)) },
    });

  /** Puts a stand-in player on a private PATH that records its arguments and keeps the file. */
  async function addPlayer(name: string, exitCode = 0): Promise<void> {
    const script = [
      '#!/bin/sh',
      `echo "${name} $*" >> "${folder}/calls.log"`,
      'for last; do :; done',
      `/bin/cp "$last" "${folder}/played-$$.wav"`,
      `exit ${exitCode}`,
    ].join('\n');
    await writeFile(join(folder, name), `${script}\n`);
    await chmod(join(folder, name), 0o755);
  }

  const calls = async () => (await readFile(join(folder, 'calls.log'), 'utf8')).trim().split('\n');

  async function playedFiles(): Promise<Buffer[]> {
    const names = (await readdir(folder)).filter((name) => name.startsWith('played-'));
    return Promise.all(names.map((name) => readFile(join(folder, name))));
  }

  it('plays the chime at the volume', async () => {
    await addPlayer('paplay');
    const player = createSoundPlayer({
      logger: logger(),
      platform: 'linux',
      env: { PATH: folder },
    });

    await player.play(20);
    await player.close();

    expect((await calls())[0]).toMatch(/^paplay \/.*chime-20\.wav$/);
    const [played] = await playedFiles();
    expect(played?.equals(createChimeWav(20))).toBe(true);
  });

  it('prefers PipeWire over ALSA', async () => {
    await addPlayer('aplay');
    await addPlayer('pw-play');
    const player = createSoundPlayer({
      logger: logger(),
      platform: 'linux',
      env: { PATH: folder },
    });

    await player.play(50);
    await player.close();

    expect((await calls())[0]).toMatch(/^pw-play \//);
  });

  it('runs aplay quietly', async () => {
    await addPlayer('aplay');
    const player = createSoundPlayer({
      logger: logger(),
      platform: 'linux',
      env: { PATH: folder },
    });

    await player.play(50);
    await player.close();

    expect((await calls())[0]).toMatch(/^aplay -q \//);
  });

  it('logs once without a player', async () => {
    const player = createSoundPlayer({
      logger: logger(),
      platform: 'linux',
      env: { PATH: folder },
    });

    await player.play(20);
    await player.play(20);
    await player.close();

    expect(logLines.map((line) => line.msg)).toEqual([
      'no sound player found; new items play no sound',
    ]);
    expect(logLines[0]?.tried).toEqual(['paplay', 'pw-play', 'aplay']);
  });

  it('warns once when the player fails', async () => {
    await addPlayer('paplay', 1);
    const player = createSoundPlayer({
      logger: logger(),
      platform: 'linux',
      env: { PATH: folder },
    });

    await player.play(20);
    await player.play(20);
    await player.close();

    expect(logLines.map((line) => `${line.level}:${line.msg}`)).toEqual([
      '40:sound player failed',
      '20:sound player failed again',
    ]);
  });

  it('stays silent at volume zero', async () => {
    await addPlayer('paplay');
    const player = createSoundPlayer({
      logger: logger(),
      platform: 'linux',
      env: { PATH: folder },
    });

    await player.play(0);
    await player.close();

    expect(await playedFiles()).toEqual([]);
  });
});
