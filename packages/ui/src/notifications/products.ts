import type { ProductSlug } from '../api/contract.ts';
import type { I18n } from '../i18n/I18nProvider.tsx';

/**
 * Product display names. They are Atlassian brand names, so they stay English in every language;
 * `unknown` has no brand name and reads as the catalog's `products.other`.
 */
export const productNames: Record<Exclude<ProductSlug, 'unknown'>, string> = {
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
};

/**
 * Returns the display name of a product slug in the window's language. `unknown` and slugs this
 * build does not know read as "Other" in that language.
 */
export function productName(product: string, t: I18n['t']): string {
  return Object.hasOwn(productNames, product)
    ? productNames[product as keyof typeof productNames]
    : t('products.other');
}
