import { catalogs, type Language } from '../../packages/ui/src/i18n/catalogs.ts';
import type { MessageKey } from '../../packages/ui/src/i18n/en.ts';
import { formatMessage } from '../../packages/ui/src/i18n/format.ts';
import type { MessageValues } from '../../packages/ui/src/i18n/types.ts';

export type { Language, MessageKey };

/** The window's languages and themes, which every screen, setting and shortcut is tested in. */
export const uiLanguages = ['en', 'de', 'es', 'fr'] as const satisfies readonly Language[];
export const uiThemes = ['light', 'dark'] as const;

export type UiTheme = (typeof uiThemes)[number];

/** One language in one theme. */
export interface Look {
  language: Language;
  theme: UiTheme;
  /** `dark-de`: for test names and screenshot files. */
  name: string;
}

/** Every language in both themes: eight looks. */
export const looks: readonly Look[] = uiThemes.flatMap((theme) =>
  uiLanguages.map((language) => ({ language, theme, name: `${theme}-${language}` })),
);

/**
 * Returns the window's text for `key` in `language`, from the catalogs the window itself uses,
 * so a test finds controls by the label shown to a user of that language.
 */
export function text(language: Language, key: MessageKey, values?: MessageValues): string {
  return formatMessage(catalogs[language], language, key, values);
}
