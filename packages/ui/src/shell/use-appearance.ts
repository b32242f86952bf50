import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { useEffect } from 'react';

import type { Settings } from '../api/contract.ts';

/**
 * Applies the theme and zoom settings to the document. Atlaskit's `auto` colour mode follows the
 * operating system's light or dark mode, also when it changes while the window is open.
 */
export function useAppearance(theme: Settings['theme'], zoomPercentage: number): void {
  useEffect(() => {
    void setGlobalTheme({ colorMode: theme === 'system' ? 'auto' : theme });
  }, [theme]);

  useEffect(() => {
    document.documentElement.style.setProperty('zoom', String(zoomPercentage / 100));
  }, [zoomPercentage]);
}
