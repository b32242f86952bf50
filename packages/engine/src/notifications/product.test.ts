import { describe, expect, it } from 'vitest';
import { parseMyNotificationsPage } from '../atlassian/feed.ts';
import type { NotificationItem } from '../atlassian/feed-schema.ts';
import { feedNode, feedResponse, type NodeOptions } from '../atlassian/fixtures/feed-nodes.ts';
import type { ProductSlug } from './notification.ts';
import { inferProduct, jiraProjectReference, productForProjectType } from './product.ts';

function signals(attributes: Record<string, string> | null, message = 'Ada updated an item') {
  return {
    content: { message },
    analyticsAttributes:
      attributes === null
        ? null
        : Object.entries(attributes).map(([key, value]) => ({ key, value })),
  };
}

describe('inferProduct', () => {
  const cases: Array<[string, Record<string, string> | null, ProductSlug]> = [
    ['bitbucket', { registrationProduct: 'bitbucket' }, 'bitbucket'],
    ['compass', { registrationProduct: 'compass' }, 'compass'],
    ['confluence', { registrationProduct: 'confluence' }, 'confluence'],
    ['jira core', { registrationProduct: 'jira', subProduct: 'core' }, 'jira'],
    ['jira software', { registrationProduct: 'jira', subProduct: 'software' }, 'jira'],
    ['jira upper case', { registrationProduct: 'JIRA', subProduct: 'Software' }, 'jira'],
    [
      'jira servicedesk',
      { registrationProduct: 'jira', subProduct: 'servicedesk' },
      'jira_service_management',
    ],
    ['jira without subProduct', { registrationProduct: 'jira' }, 'jira'],
    [
      'jira other subProduct',
      { registrationProduct: 'jira', subProduct: 'product-discovery' },
      'jira',
    ],
    ['opsgenie', { registrationProduct: 'opsgenie' }, 'jira_service_management'],
    ['teams', { registrationProduct: 'people-and-teams-collective' }, 'teams'],
    ['rovo', { registrationProduct: 'rovo' }, 'rovo'],
    ['home', { registrationProduct: 'team-central' }, 'home'],
    ['post-office other', { registrationProduct: 'post-office' }, 'unknown'],
    ['loom', { registrationProduct: 'loom' }, 'unknown'],
    ['no attributes', {}, 'unknown'],
    ['null attributes', null, 'unknown'],
    ['key case', { RegistrationProduct: 'Confluence' }, 'confluence'],
  ];

  it.each(cases)('maps %s', (_name, attributes, expected) => {
    expect(inferProduct(signals(attributes))).toBe(expected);
  });

  it('maps Rovo Dev post-office messages', () => {
    const postOffice = { registrationProduct: 'post-office' };

    expect(inferProduct(signals(postOffice, 'Rovo Dev session is waiting for your input'))).toBe(
      'rovo_dev',
    );
    expect(inferProduct(signals(postOffice, 'Your AI generated code is ready for review'))).toBe(
      'rovo_dev',
    );
    expect(inferProduct(signals(postOffice, 'Rovo Dev has created a pull request for ABC-1'))).toBe(
      'bitbucket',
    );
  });

  it('skips null attribute entries', () => {
    const item = {
      content: { message: '' },
      analyticsAttributes: [
        null,
        { key: null, value: 'x' },
        { key: 'registrationProduct', value: 'compass' },
      ],
    };

    expect(inferProduct(item)).toBe('compass');
  });
});

function jiraItem(options: Partial<NodeOptions>): NotificationItem {
  const [parsed] = parseMyNotificationsPage(
    feedResponse([feedNode({ id: 'n', ...options })]),
  ).items;
  if (!parsed) {
    return expect.fail('the node did not validate');
  }
  return parsed.headNotification;
}

const issuePath = [
  { title: 'IDEA-14 Offline mode', url: 'https://acme.atlassian.net/browse/IDEA-14' },
];

describe('jiraProjectReference', () => {
  it.each<[string, Record<string, string> | null, NodeOptions['path']]>([
    ['core', { registrationProduct: 'jira', subProduct: 'core' }, issuePath],
    ['Software', { registrationProduct: 'JIRA', subProduct: 'Software' }, issuePath],
    ['servicedesk', { registrationProduct: 'jira', subProduct: 'servicedesk' }, issuePath],
    ['empty path', { registrationProduct: 'jira' }, []],
    ['loom', { registrationProduct: 'loom' }, issuePath],
    ['no attributes', null, issuePath],
  ])('needs no lookup for %s', (_name, attributes, path) => {
    const item = jiraItem({ attributes, path });

    expect(jiraProjectReference(item)).toBeNull();
  });

  it('keeps the plain products of those cases', () => {
    const cases: Array<[Record<string, string> | null, ProductSlug]> = [
      [{ registrationProduct: 'jira', subProduct: 'core' }, 'jira'],
      [{ registrationProduct: 'JIRA', subProduct: 'Software' }, 'jira'],
      [{ registrationProduct: 'jira', subProduct: 'servicedesk' }, 'jira_service_management'],
      [{ registrationProduct: 'jira' }, 'jira'],
      [{ registrationProduct: 'loom' }, 'unknown'],
      [null, 'unknown'],
    ];
    for (const [attributes, product] of cases) {
      expect(inferProduct(jiraItem({ attributes, path: [] }))).toBe(product);
    }
  });

  it('reads the key from the issue link', () => {
    const item = jiraItem({
      attributes: { registrationProduct: 'jira' },
      path: issuePath,
      cloudId: 'c-1',
    });

    expect(jiraProjectReference(item)).toEqual({
      projectKey: 'IDEA',
      cloudId: 'c-1',
      host: 'acme.atlassian.net',
    });
  });

  it('reads the key from the title', () => {
    const item = jiraItem({
      attributes: { registrationProduct: 'jira', subProduct: 'product-discovery' },
      path: [{ title: 'disc-3 Self-serve export', url: null }],
    });

    expect(jiraProjectReference(item)).toEqual({ projectKey: 'DISC', cloudId: null, host: null });
  });

  it('needs a key', () => {
    const item = jiraItem({
      attributes: { registrationProduct: 'jira' },
      path: [{ title: 'Issue export', url: 'https://acme.atlassian.net/jira/exports/5521' }],
    });

    expect(jiraProjectReference(item)).toBeNull();
  });
});

describe('productForProjectType', () => {
  it.each<[string, ProductSlug]>([
    ['product_discovery', 'jira_product_discovery'],
    ['service_desk', 'jira_service_management'],
    ['customer_service', 'jira_service_management'],
    ['software', 'jira'],
    ['business', 'jira'],
    ['SOFTWARE', 'jira'],
    ['something_new', 'jira'],
  ])('maps %s', (type, product) => {
    expect(productForProjectType(type)).toBe(product);
  });
});
