import '@atlaskit/css-reset';

import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App.tsx';
import { browserLanguages, pickLanguage } from './i18n/catalogs.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';

// 'auto' follows the operating system's light or dark mode, also when it changes later.
void setGlobalTheme({ colorMode: 'auto' });

const language = pickLanguage(browserLanguages());
document.documentElement.lang = language;

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider language={language}>
        <App />
      </I18nProvider>
    </StrictMode>,
  );
}
