import type { Site } from '../accounts/types.ts';
import { iconDataUri } from './images.ts';

/**
 * Fixture sites. The hosts are fictional; their URLs are only shown or opened, never fetched, and
 * their avatars are `data:` URIs.
 */
export const NIMBUS_SITE: Site = {
  cloudId: '4f7c2b1e-8a3d-4c5e-9f60-1b2c3d4e5f60',
  hostName: 'nimbus.atlassian.net',
  name: 'nimbus',
  url: 'https://nimbus.atlassian.net',
  avatarUrl: iconDataUri('N'),
};

export const ORBIT_SITE: Site = {
  cloudId: 'a93e5d27-6b1f-4e08-8c4a-7d2e9f0b3c81',
  hostName: 'orbit.atlassian.net',
  name: 'orbit',
  url: 'https://orbit.atlassian.net',
  avatarUrl: iconDataUri('O'),
};

export const SEEDED_SITES: readonly Site[] = [NIMBUS_SITE, ORBIT_SITE];
