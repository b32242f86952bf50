import { atlassianCloudEndpoints } from '../config/endpoints.ts';
import type { OpenUrlSource } from './notification.ts';

/** Domains whose https URLs Atlassify opens, each with all its subdomains. */
export const atlassianDomains = [
  'atlassian.net',
  'atlassian.com',
  'bitbucket.org',
  'jira.com',
] as const;

/** Atlassian's notifications page, opened for an item with no usable link. */
export const notificationsPageUrl = atlassianCloudEndpoints.notificationsPageUrl;

/**
 * True for an `https://` URL on an Atlassian domain or its subdomain, without user info and
 * without an explicit port. Everything else, `http:` and `javascript:` included, is false.
 */
export function isOpenableAtlassianUrl(value: string | null | undefined): value is string {
  if (!value) {
    return false;
  }

  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') {
    return false;
  }

  const host = url.hostname.toLowerCase();
  return atlassianDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Returns the first candidate that passes `isOpenableAtlassianUrl`, else the notifications page. */
export function chooseOpenUrl(candidates: ReadonlyArray<string | null | undefined>): string {
  return candidates.find(isOpenableAtlassianUrl) ?? notificationsPageUrl;
}

/** One candidate link of an item and where it came from. */
export interface LinkCandidate {
  source: Exclude<OpenUrlSource, 'notifications-page'>;
  url: string | null | undefined;
}

/**
 * Returns the first candidate that passes `isOpenableAtlassianUrl` with its source, else
 * Atlassian's notifications page with the source `notifications-page`. Empty strings are skipped
 * before any URL parsing.
 */
export function chooseOpenLink(candidates: readonly LinkCandidate[]): {
  url: string;
  source: OpenUrlSource;
} {
  for (const candidate of candidates) {
    if (isOpenableAtlassianUrl(candidate.url)) {
      return { url: candidate.url, source: candidate.source };
    }
  }
  return { url: notificationsPageUrl, source: 'notifications-page' };
}
