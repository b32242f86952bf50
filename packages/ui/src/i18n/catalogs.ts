import { de } from './de.ts';
import { type Catalog, en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';

export const catalogs = { en, de, es, fr } satisfies Record<string, Catalog>;

export type Language = keyof typeof catalogs;

export const languages = Object.keys(catalogs) as Language[];

/**
 * Picks the first supported language from the browser's preference list (`navigator.languages`),
 * matching on the primary subtag, so `de-AT` selects German. Falls back to English.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    const match = languages.find((language) => language === primary);
    if (match) {
      return match;
    }
  }
  return 'en';
}

/** Returns the browser's preferred languages, or none outside a browser. */
export function browserLanguages(): readonly string[] {
  if (typeof navigator === 'undefined') {
    return [];
  }
  if (navigator.languages && navigator.languages.length > 0) {
    return navigator.languages;
  }
  return navigator.language ? [navigator.language] : [];
}

/** Returns the language of the `language` setting; `system` uses the browser's preference. */
export function resolveLanguage(setting: Language | 'system' | undefined): Language {
  return setting === undefined || setting === 'system' ? pickLanguage(browserLanguages()) : setting;
}
