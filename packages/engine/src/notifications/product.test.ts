import { describe, expect, it } from 'vitest';

import type { ProductSlug } from './notification.ts';
import { inferProduct } from './product.ts';

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
