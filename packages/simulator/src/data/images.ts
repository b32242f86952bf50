/**
 * Avatars and icons of the seeded data as `data:` URIs: SVG squares with initials. The demo and
 * the tests then show pictures without resolving any outside host name, and the app window's
 * Content-Security-Policy (`img-src 'self' https: data:`) allows them.
 */

/** Background colours, picked by a hash of the name so each person keeps one colour. */
const palette = ['#0052cc', '#00875a', '#de350b', '#5243aa', '#ff8b00', '#00a3bf', '#172b4d'];

/** Returns the initials of a name: the first letters of its first two words, upper-cased. */
export function initialsOf(name: string): string {
  const words = name.split(/[\s\-_.@]+/u).filter((word) => word !== '');
  const letters = words.slice(0, 2).map((word) => [...word][0] ?? '');
  return letters.join('').toUpperCase() || '?';
}

/** Builds a square SVG with centred text as a base64 `data:` URI. */
export function svgDataUri(text: string, background: string, rounded: boolean): string {
  const radius = rounded ? 32 : 6;
  const svg = [
    '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="0 0 64 64">',
    `<rect width="64" height="64" rx="${radius}" fill="${background}"/>`,
    '<text x="32" y="41" font-family="sans-serif" font-size="26" font-weight="600"',
    ` text-anchor="middle" fill="#ffffff">${escapeXml(text)}</text>`,
    '</svg>',
  ].join('');
  return `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** Draws a round avatar with the person's initials. */
export function avatarDataUri(name: string): string {
  return svgDataUri(initialsOf(name), colourFor(name), true);
}

/** Draws a square icon with one or two letters, for sites, issue types and page types. */
export function iconDataUri(label: string, background = colourFor(label)): string {
  return svgDataUri(label.slice(0, 2).toUpperCase(), background, false);
}

function colourFor(name: string): string {
  let hash = 0;
  for (const character of name) {
    hash = (hash * 31 + (character.codePointAt(0) ?? 0)) >>> 0;
  }
  return palette[hash % palette.length] ?? '#0052cc';
}

function escapeXml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}
