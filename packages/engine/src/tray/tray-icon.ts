import { crc32, deflateSync } from 'node:zlib';

const size = 32;
type Rgb = readonly [number, number, number];

/**
 * The icon's looks: `unread` and `idle` by the unread count, `idle-white` for dark panels, and
 * `error` and `offline` when an account fails or Atlassian is out of reach.
 */
export const trayIconVariants = ['unread', 'idle', 'idle-white', 'error', 'offline'] as const;
export type TrayIconVariant = (typeof trayIconVariants)[number];

/** Disc and ring colours of each variant (Atlassian's blue, neutral, red and grey). */
const colours: Record<TrayIconVariant, { disc: Rgb; ring: Rgb }> = {
  unread: { disc: [0x0c, 0x66, 0xe4], ring: [0xff, 0xff, 0xff] },
  idle: { disc: [0x44, 0x54, 0x6f], ring: [0xff, 0xff, 0xff] },
  'idle-white': { disc: [0xff, 0xff, 0xff], ring: [0x44, 0x54, 0x6f] },
  error: { disc: [0xc9, 0x37, 0x2c], ring: [0xff, 0xff, 0xff] },
  offline: { disc: [0x8c, 0x9b, 0xab], ring: [0xff, 0xff, 0xff] },
};

/**
 * Draws the tray icon, a disc with a ring in the colours of `variant`, as a 32×32 RGBA PNG. It
 * is drawn in code so that no binary asset has to ship; edges are anti-aliased by pixel coverage.
 */
export function trayIconPng(variant: TrayIconVariant = 'unread'): Buffer {
  const { disc: discColour, ring: ringColour } = colours[variant];
  const rows: Buffer[] = [];
  const centre = (size - 1) / 2;
  for (let y = 0; y < size; y += 1) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x += 1) {
      const distance = Math.hypot(x - centre, y - centre);
      const disc = coverage(15.5 - distance);
      const ring = Math.min(coverage(9 - distance), coverage(distance - 5.5));
      const offset = 1 + x * 4;
      row[offset] = mix(discColour[0], ringColour[0], ring);
      row[offset + 1] = mix(discColour[1], ringColour[1], ring);
      row[offset + 2] = mix(discColour[2], ringColour[2], ring);
      row[offset + 3] = Math.round(disc * 255);
    }
    rows.push(row);
  }

  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Wraps a PNG in an ICO container (a 6-byte header and one 16-byte directory entry), the format
 * the Windows tray program reads. NOTE: ICO files with PNG data need Windows Vista or later, and no
 * test shows this icon on Windows.
 */
export function icoFromPng(png: Buffer, width = size, height = size): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type: icon
  header.writeUInt16LE(1, 4); // one image
  const entry = Buffer.alloc(16);
  entry[0] = width % 256;
  entry[1] = height % 256;
  entry.writeUInt16LE(1, 4); // colour planes
  entry.writeUInt16LE(32, 6); // bits per pixel
  entry.writeUInt32LE(png.length, 8);
  entry.writeUInt32LE(header.length + entry.length, 12);
  return Buffer.concat([header, entry, png]);
}

/** Returns the icon, base64-encoded, in the format the tray program of `platform` reads. */
export function trayIconBase64(
  platform: NodeJS.Platform,
  variant: TrayIconVariant = 'unread',
): string {
  const png = trayIconPng(variant);
  return (platform === 'win32' ? icoFromPng(png) : png).toString('base64');
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

/** Maps a signed distance inside an edge, in pixels, to the covered share of a pixel. */
function coverage(inside: number): number {
  return Math.min(1, Math.max(0, inside + 0.5));
}

function mix(from: number, to: number, share: number): number {
  return Math.round(from + (to - from) * share);
}
