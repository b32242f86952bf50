import type { NotificationItem, RawAnalyticsAttribute } from '../atlassian/feed-schema.ts';
import { isOpenableAtlassianUrl } from './links.ts';
import type { ProductSlug } from './notification.ts';
import { isRovoDevMessage, isRovoDevPullRequestMessage } from './text-signals.ts';

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
 * text to tell Rovo Dev items from Bitbucket pull requests. Makes no network request, so Jira items
 * without a settling `subProduct` come out as plain Jira until `productForProjectType` refines them.
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
  // Other items may belong to Jira Product Discovery or Service Management: `jiraProjectReference`
  // names the project whose type decides it, and `productForProjectType` maps that type.
  return 'jira';
}

function inferPostOfficeProduct(message: string): ProductSlug {
  if (isRovoDevMessage(message)) {
    return 'rovo_dev';
  }
  if (isRovoDevPullRequestMessage(message)) {
    return 'bitbucket';
  }
  return 'unknown';
}

/** A Jira project whose type decides the product of an item. */
export interface JiraProjectReference {
  /** Upper case, such as `IDEA`. */
  projectKey: string;
  /** The item's site when the payload names it, else null. */
  cloudId: string | null;
  /** The site host of the issue link, such as `acme.atlassian.net`, for resolving the cloud id. */
  host: string | null;
}

/** The `subProduct` values that settle a Jira item's product without a lookup. */
const settledJiraSubProducts = new Set(['core', 'software', 'servicedesk']);

const issueKeyPattern = /^([A-Z][A-Z0-9_]*)-\d+\b/i;

/**
 * Names the Jira project to look up for an item whose attributes name only `jira`: the key of the
 * issue in `content.path[0]`, from its `/browse/KEY-1` URL or else its title. Returns null when no
 * lookup is needed or none is possible, such as with an empty path.
 */
export function jiraProjectReference(item: NotificationItem): JiraProjectReference | null {
  if (attributeValue(item, 'registrationProduct') !== 'jira') {
    return null;
  }
  const subProduct = attributeValue(item, 'subProduct');
  if (subProduct !== undefined && settledJiraSubProducts.has(subProduct)) {
    return null;
  }

  const first = item.content.path?.find((link) => link);
  const url = isOpenableAtlassianUrl(first?.url) ? new URL(first.url) : null;
  const fromUrl = url?.pathname.match(/\/browse\/([^/]+)/)?.[1]?.match(issueKeyPattern)?.[1];
  const projectKey = fromUrl ?? first?.title?.trim().match(issueKeyPattern)?.[1];
  if (!projectKey) {
    return null;
  }
  return {
    projectKey: projectKey.toUpperCase(),
    cloudId: item.entityModel?.cloudId || null,
    host: url?.hostname.toLowerCase() ?? null,
  };
}

/**
 * Maps a Jira REST `projectTypeKey` to a product. `customer_service` projects belong to Customer
 * Service Management, which is built on Jira Service Management, so they count as the latter.
 * Every other type, `software` and `business` included, is plain Jira.
 */
export function productForProjectType(projectTypeKey: string): ProductSlug {
  switch (projectTypeKey.toLowerCase()) {
    case 'product_discovery':
      return 'jira_product_discovery';
    case 'service_desk':
    case 'customer_service':
      return 'jira_service_management';
    default:
      return 'jira';
  }
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
