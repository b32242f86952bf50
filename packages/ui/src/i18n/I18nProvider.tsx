import { createContext, type ReactNode, useContext, useMemo } from 'react';

import { catalogs, type Language } from './catalogs.ts';
import type { MessageKey } from './en.ts';
import { formatMessage, formatRichMessage } from './format.ts';
import type { MessageValues } from './types.ts';

export interface I18n {
  language: Language;
  t: (key: MessageKey, values?: MessageValues) => string;
  rich: (key: MessageKey, nodes: Record<string, ReactNode>) => ReactNode;
}

function createI18n(language: Language): I18n {
  const catalog = catalogs[language];
  return {
    language,
    t: (key, values) => formatMessage(catalog, language, key, values),
    rich: (key, nodes) => formatRichMessage(catalog, language, key, nodes),
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => createI18n(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Returns the messages of the current language, or English outside an `I18nProvider`. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
