import { describe, expect, it } from 'vitest';

import { catalogs, languages, pickLanguage } from './catalogs.ts';
import { en } from './en.ts';
import { placeholdersOf } from './format.ts';

const englishKeys = Object.keys(en).sort();

describe('message catalogs', () => {
  it('cover en, de, es and fr', () => {
    expect(languages.sort()).toEqual(['de', 'en', 'es', 'fr']);
  });

  for (const language of languages) {
    describe(language, () => {
      const catalog = catalogs[language];

      it('has exactly the English keys', () => {
        expect(Object.keys(catalog).sort()).toEqual(englishKeys);
      });

      it('has no empty messages', () => {
        for (const [key, message] of Object.entries(catalog)) {
          const forms = typeof message === 'string' ? [message] : Object.values(message);
          for (const form of forms) {
            expect(form.trim(), `${language} ${key}`).not.toBe('');
          }
        }
      });

      it('uses the English placeholders', () => {
        for (const key of englishKeys) {
          const english = en[key as keyof typeof en];
          const translated = catalog[key as keyof typeof en];
          expect([...placeholdersOf(translated)].sort(), `${language} ${key}`).toEqual(
            [...placeholdersOf(english)].sort(),
          );
        }
      });

      it('keeps plural forms plural', () => {
        for (const key of englishKeys) {
          const english = en[key as keyof typeof en];
          const translated = catalog[key as keyof typeof en];
          expect(typeof translated, `${language} ${key}`).toBe(typeof english);
        }
      });
    });
  }
});

describe('pickLanguage', () => {
  it('matches the primary subtag', () => {
    expect(pickLanguage(['de-AT'])).toBe('de');
    expect(pickLanguage(['fr-CA', 'en-US'])).toBe('fr');
  });

  it('skips unsupported languages', () => {
    expect(pickLanguage(['ja-JP', 'es-MX'])).toBe('es');
  });

  it('falls back to English', () => {
    expect(pickLanguage(['ja-JP'])).toBe('en');
    expect(pickLanguage([])).toBe('en');
  });
});
