import { describe, expect, it } from 'vitest';

import { desktopLanguageFor } from './desktop-language.ts';

describe('desktopLanguageFor', () => {
  it('uses a chosen language', () => {
    expect(desktopLanguageFor('fr', { LANG: 'de_DE.UTF-8' })).toBe('fr');
  });

  it('reads the locale for system', () => {
    expect(desktopLanguageFor('system', { LANG: 'de_AT.UTF-8' })).toBe('de');
    expect(desktopLanguageFor('system', { LANG: 'en_US.UTF-8', LC_MESSAGES: 'es_ES' })).toBe('es');
    expect(desktopLanguageFor('system', { LANG: 'de_DE', LC_ALL: 'fr_FR.UTF-8' })).toBe('fr');
  });

  it('falls back to English', () => {
    expect(desktopLanguageFor('system', { LANG: 'C.UTF-8' })).toBe('en');
    expect(desktopLanguageFor('system', { LANG: 'ja_JP.UTF-8' })).toBe('en');
    expect(desktopLanguageFor('system', {})).toBe('en');
  });
});
