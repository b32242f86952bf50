import type { RawAnalyticsAttribute } from '../atlassian/feed-schema.ts';
import type { ProductSlug } from './notification.ts';

/** Names shown for each product; `unknown` reads "Other". */
export const productDisplayNames: Record<ProductSlug, string> = {
  jira: 'Jira',
  jira_service_management: 'Jira Service Management',
  jira_product_discovery: 'Jira Product Discovery',
  confluence: 'Confluence',
  compass: 'Compass',
  bitbucket: 'Bitbucket',
  home: 'Atlassian Home',
  rovo: 'Rovo',
  rovo_dev: 'Rovo Dev',
  teams: 'Teams',
  unknown: 'Other',
};

/** The parts of a feed item that product inference reads. */
export interface ProductSignals {
  content: { message: string };
  analyticsAttributes?: ReadonlyArray<RawAnalyticsAttribute | null | undefined> | null;
}

/** `registrationProduct` values that map to one product whatever else the item contains. */
const productByRegistration: Record<string, ProductSlug> = {
  bitbucket: 'bitbucket',
  compass: 'compass',
  confluence: 'confluence',
  opsgenie: 'jira_service_management',
  'people-and-teams-collective': 'teams',
  rovo: 'rovo',
  'team-central': 'home',
};

/**
 * Infers the product from the item's `registrationProduct` and `subProduct` analytics
 * attributes, compared case-insensitively. Atlassian's `post-office` sender needs the message
 * text to tell Rovo Dev items from Bitbucket pull requests. Makes no network request.
 */
export function inferProduct(item: ProductSignals): ProductSlug {
  const registration = attributeValue(item, 'registrationProduct');
  if (registration === undefined) {
    return 'unknown';
  }

  const direct = productByRegistration[registration];
  if (direct) {
    return direct;
  }
  if (registration === 'jira') {
    return inferJiraProduct(attributeValue(item, 'subProduct'));
  }
  if (registration === 'post-office') {
    return inferPostOfficeProduct(item.content.message);
  }
  return 'unknown';
}

function inferJiraProduct(subProduct: string | undefined): ProductSlug {
  if (subProduct === 'servicedesk') {
    return 'jira_service_management';
  }
  // TODO: without a `subProduct` of core, software or servicedesk the item may belong to Jira
  // Product Discovery or Service Management. Telling them apart needs the project type from
  // `/ex/jira/{cloudId}/rest/api/3/project/{key}`, cached per site and project key with a TTL,
  // and failures must not be cached. Until that lookup exists, these items count as plain Jira.
  return 'jira';
}

function inferPostOfficeProduct(message: string): ProductSlug {
  const text = message.trim().toLowerCase();
  if (text === 'rovo dev session is waiting for your input' || text.includes('ai generated code')) {
    return 'rovo_dev';
  }
  if (text.startsWith('rovo dev has created a pull request')) {
    return 'bitbucket';
  }
  return 'unknown';
}

/** Returns the lower-cased, trimmed value of the first attribute whose key matches, ignoring case. */
function attributeValue(item: ProductSignals, key: string): string | undefined {
  const wanted = key.toLowerCase();
  for (const attribute of item.analyticsAttributes ?? []) {
    if (attribute?.key?.toLowerCase() === wanted && attribute.value) {
      return attribute.value.trim().toLowerCase();
    }
  }
  return undefined;
}
