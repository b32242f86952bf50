import type { SimulatedUser } from '../accounts/types.ts';
import { avatarDataUri } from './images.ts';
import { NIMBUS_SITE, ORBIT_SITE } from './sites.ts';

/** Account id of the demo user, in the `712020:<uuid>` form Atlassian uses for newer accounts. */
export const DEMO_ACCOUNT_ID = '712020:3c9e1f47-52ab-4d6e-8f10-2a4b6c8d0e12';

/** Builds the demo account that the seeded notifications belong to. */
export function createDemoUser(email: string, apiToken: string): SimulatedUser {
  return {
    accountId: DEMO_ACCOUNT_ID,
    email,
    apiToken,
    name: 'Dana Demo',
    nickname: 'dana',
    picture: avatarDataUri('Dana Demo'),
    locale: 'en-US',
    zoneinfo: 'Europe/Berlin',
    cloudIds: [NIMBUS_SITE.cloudId, ORBIT_SITE.cloudId],
  };
}
