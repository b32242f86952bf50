/**
 * Builds the favicon as an SVG data URL: a bell on Atlassian blue, with a red badge carrying the
 * unread label (such as "7" or "999+") when there is one.
 */
export function unreadIconUrl(label: string | null): string {
  const badge = label
    ? `<circle cx="46" cy="18" r="18" fill="#C9372C"/><text x="46" y="24" font-family="Arial,sans-serif" font-size="${label.length > 2 ? 13 : 18}" font-weight="700" fill="#fff" text-anchor="middle">${escapeXml(label.length > 3 ? '99+' : label)}</text>`
    : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0C66E4"/><path d="M32 14a13 13 0 0 0-13 13v9l-5 7v2h36v-2l-5-7v-9a13 13 0 0 0-13-13zm-5 33a5 5 0 0 0 10 0z" fill="#fff"/>${badge}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (character) => `&#${character.charCodeAt(0)};`);
}
