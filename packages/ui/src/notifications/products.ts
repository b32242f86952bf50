import type { ProductSlug } from '../api/contract.ts';

/** Product display names. They are Atlassian brand names, so they stay English in every language. */
export const productNames: Record<ProductSlug, string> = {
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

/** Returns the display name of a product slug. Slugs this build does not know count as Other. */
export function productName(product: string): string {
  return productNames[product as ProductSlug] ?? productNames.unknown;
}
