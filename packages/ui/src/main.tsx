import '@atlaskit/css-reset';

import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App.tsx';

// Until the settings arrive, the window follows the operating system's light or dark mode.
void setGlobalTheme({ colorMode: 'auto' });

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
