import { crc32, inflateSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import {
  icoFromPng,
  type TrayIconVariant,
  trayIconBase64,
  trayIconPng,
  trayIconVariants,
} from './tray-icon.ts';

/** Splits a PNG into its chunks, checking each chunk's CRC. */
function chunksOf(png: Buffer): { type: string; data: Buffer }[] {
  const chunks: { type: string; data: Buffer }[] = [];
  let offset = 8;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('ascii');
    const data = png.subarray(offset + 8, offset + 8 + length);
    expect(png.readUInt32BE(offset + 8 + length), `CRC of ${type}`).toBe(
      crc32(png.subarray(offset + 4, offset + 8 + length)),
    );
    chunks.push({ type, data });
    offset += 12 + length;
  }
  return chunks;
}

describe('tray icon', () => {
  it('is a valid 32x32 RGBA PNG', () => {
    const png = trayIconPng();

    expect(png.subarray(0, 8)).toEqual(Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]));
    const chunks = chunksOf(png);
    expect(chunks.map((chunk) => chunk.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const header = chunks[0]?.data ?? Buffer.alloc(13);
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([
      32, 32, 8, 6,
    ]);
  });

  it('draws a disc on a clear ground', () => {
    const pixels = inflateSync(chunksOf(trayIconPng())[1]?.data ?? Buffer.alloc(0));
    const rowLength = 1 + 32 * 4;
    const alphaAt = (x: number, y: number) => pixels[y * rowLength + 1 + x * 4 + 3];

    expect(pixels.length).toBe(32 * rowLength);
    expect(alphaAt(0, 0)).toBe(0);
    expect(alphaAt(16, 2)).toBe(255);
    expect(pixels.subarray(2 * rowLength + 1 + 16 * 4, 2 * rowLength + 4 + 16 * 4)).toEqual(
      Buffer.from([0x0c, 0x66, 0xe4]),
    );
  });

  it('draws each variant in its colour', () => {
    const rowLength = 1 + 32 * 4;
    const discColour = (variant: TrayIconVariant) => {
      const pixels = inflateSync(chunksOf(trayIconPng(variant))[1]?.data ?? Buffer.alloc(0));
      return pixels
        .subarray(2 * rowLength + 1 + 16 * 4, 2 * rowLength + 4 + 16 * 4)
        .toString('hex');
    };

    const colours = trayIconVariants.map(discColour);

    expect(new Set(colours).size).toBe(trayIconVariants.length);
    expect(discColour('error')).toBe('c9372c');
    expect(discColour('idle-white')).toBe('ffffff');
  });

  it('wraps the PNG for Windows', () => {
    const png = trayIconPng();
    const ico = icoFromPng(png);

    expect([ico.readUInt16LE(0), ico.readUInt16LE(2), ico.readUInt16LE(4)]).toEqual([0, 1, 1]);
    expect(ico.readUInt32LE(14)).toBe(png.length);
    expect(ico.subarray(ico.readUInt32LE(18))).toEqual(png);
    expect(Buffer.from(trayIconBase64('win32'), 'base64')).toEqual(ico);
    expect(Buffer.from(trayIconBase64('linux'), 'base64')).toEqual(png);
  });
});
