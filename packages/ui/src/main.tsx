import '@atlaskit/css-reset';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { App } from './app/App.tsx';
import { turnOffAtlaskitFlags } from './shell/atlaskit-flags.ts';
import { applyColorMode } from './shell/use-appearance.ts';

turnOffAtlaskitFlags();

// Until the settings arrive, the window follows the operating system's light or dark mode.
applyColorMode('auto');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
