import { describe, expect, it } from 'vitest';

import { catalogs, type Language } from '../i18n/catalogs.ts';
import type { MessageKey } from '../i18n/en.ts';
import { formatMessage } from '../i18n/format.ts';
import { productName } from './products.ts';

function translator(language: Language) {
  return (key: MessageKey) => formatMessage(catalogs[language], language, key);
}

describe('productName', () => {
  it('keeps brand names in every language', () => {
    expect(productName('jira_service_management', translator('de'))).toBe(
      'Jira Service Management',
    );
    expect(productName('confluence', translator('fr'))).toBe('Confluence');
  });

  it('translates the unknown product', () => {
    expect(productName('unknown', translator('en'))).toBe('Other');
    expect(productName('unknown', translator('de'))).toBe('Sonstige');
    expect(productName('unknown', translator('es'))).toBe('Otros');
    expect(productName('unknown', translator('fr'))).toBe('Autres');
  });

  it('reads unlisted slugs as unknown', () => {
    expect(productName('loom', translator('de'))).toBe('Sonstige');
    expect(productName('toString', translator('en'))).toBe('Other');
  });
});
