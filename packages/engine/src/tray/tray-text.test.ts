import { describe, expect, it } from 'vitest';

import { trayLanguageFor, trayTexts } from './tray-text.ts';

describe('trayLanguageFor', () => {
  it('uses a chosen language', () => {
    expect(trayLanguageFor('fr', { LANG: 'de_DE.UTF-8' })).toBe('fr');
  });

  it('reads the locale for system', () => {
    expect(trayLanguageFor('system', { LANG: 'de_AT.UTF-8' })).toBe('de');
    expect(trayLanguageFor('system', { LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_ES' })).toBe('es');
    expect(trayLanguageFor('system', { LANG: 'de_DE', LC_ALL: 'fr_FR.UTF-8' })).toBe('fr');
  });

  it('falls back to English', () => {
    expect(trayLanguageFor('system', { LANG: 'C.UTF-8' })).toBe('en');
    expect(trayLanguageFor('system', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(trayLanguageFor('system', {})).toBe('en');
  });
});

describe('trayTexts', () => {
  it('has every text in every language', () => {
    const keys = Object.keys(trayTexts('en')).sort();

    for (const language of ['de', 'es', 'fr'] as const) {
      const texts = trayTexts(language);
      expect(Object.keys(texts).sort()).toEqual(keys);
      expect(texts.unread).toContain('{count}');
    }
  });
});
