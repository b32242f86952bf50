import type { FeedItemInput, RunningSimulator } from '@atlassify/simulator';
import { NIMBUS_SITE, ORBIT_SITE } from '@atlassify/simulator';

/** One simulated account of the benchmark, with the credentials the engine signs in with. */
export interface BenchAccount {
  email: string;
  apiToken: string;
}

const products = [
  {
    attributes: { registrationProduct: 'jira', subProduct: 'software' },
    type: 'jira:issue-assigned',
  },
  {
    attributes: { registrationProduct: 'jira', subProduct: 'servicedesk' },
    type: 'jira:request-commented',
  },
  { attributes: { registrationProduct: 'confluence' }, type: 'confluence:page-mention' },
  { attributes: { registrationProduct: 'bitbucket' }, type: 'bitbucket:pullrequest-comment' },
  { attributes: { registrationProduct: 'compass' }, type: 'compass:scorecard-changed' },
  { attributes: { registrationProduct: 'jira', subProduct: 'core' }, type: 'jira:issue-commented' },
] as const;

const people = ['Ada Lovelace', 'Grace Hopper', 'Alan Turing', 'Barbara Liskov', 'Edsger Dijkstra'];

/** Builds one deterministic notification: products, sites and comment bodies take turns. */
function notification(accountIndex: number, index: number, startMs: number): FeedItemInput {
  const product = products[index % products.length] ?? products[0];
  const site = index % 3 === 0 ? ORBIT_SITE : NIMBUS_SITE;
  const actor = people[index % people.length] ?? 'Someone';
  const key = `BEN-${index + 1}`;
  const url = `https://${site.hostName}/browse/${key}`;
  const comment = {
    type: 'doc',
    version: 1,
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `Comment ${index} on ${key}` }] },
    ],
  };

  return {
    headNotification: {
      notificationId: `bench-${accountIndex}-${index}`,
      // One minute apart, newest first in the feed.
      timestamp: new Date(startMs - index * 60_000).toISOString(),
      content: {
        type: product.type,
        message: `${actor} updated ${key}`,
        url,
        actor: {
          displayName: actor,
          avatarURL: `https://${site.hostName}/avatars/${index % 5}.png`,
        },
        entity: { title: `${key} Benchmark item ${index}`, url, iconUrl: null },
        path: [
          {
            title: `Project ${index % 7}`,
            url: `https://${site.hostName}/projects/P${index % 7}`,
            iconUrl: null,
          },
        ],
        bodyItems:
          index % 3 === 0
            ? [
                {
                  type: 'comment',
                  appearance: 'PRIMARY',
                  document: { format: 'ADF', data: JSON.stringify(comment) },
                  author: { displayName: actor },
                },
              ]
            : null,
      },
      entityModel: { objectId: `bench-object-${index}`, cloudId: site.cloudId },
      analyticsAttributes: Object.entries(product.attributes).map(([attribute, value]) => ({
        key: attribute,
        value,
      })),
    },
  };
}

/**
 * Adds `accountCount` accounts to the simulator with `perAccount` unread notifications each and
 * returns their credentials.
 */
export function seedAccounts(
  simulator: RunningSimulator,
  accountCount: number,
  perAccount: number,
): BenchAccount[] {
  const startMs = Date.parse('2026-03-02T12:00:00.000Z');
  const accounts: BenchAccount[] = [];
  for (let accountIndex = 0; accountIndex < accountCount; accountIndex += 1) {
    const account = {
      email: `bench-${accountIndex + 1}@atlassify.test`,
      apiToken: `bench-token-${accountIndex + 1}`,
    };
    simulator.control.addUser({ ...account, name: `Bench User ${accountIndex + 1}` });
    for (let index = 0; index < perAccount; index += 1) {
      simulator.control.addNotification(account.email, notification(accountIndex, index, startMs));
    }
    accounts.push(account);
  }
  return accounts;
}
