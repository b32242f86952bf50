import { setGlobalTheme } from '@atlaskit/tokens/set-global-theme';
import { useEffect } from 'react';

import type { Settings } from '../api/contract.ts';

type ColorMode = 'auto' | 'light' | 'dark';

// setGlobalTheme loads theme files asynchronously, so two quick calls can finish out of order.
// Chaining them makes the last requested colour mode the one that stays.
let themeChange: Promise<unknown> = Promise.resolve();

/** Applies a colour mode after every earlier request has been applied. */
export function applyColorMode(colorMode: ColorMode): void {
  themeChange = themeChange.then(() => setGlobalTheme({ colorMode })).catch(() => undefined);
}

/**
 * Applies the theme and zoom settings to the document. Atlaskit's `auto` colour mode follows the
 * operating system's light or dark mode, also when it changes while the window is open.
 */
export function useAppearance(theme: Settings['theme'], zoomPercentage: number): void {
  useEffect(() => {
    applyColorMode(theme === 'system' ? 'auto' : theme);
  }, [theme]);

  useEffect(() => {
    document.documentElement.style.setProperty('zoom', String(zoomPercentage / 100));
  }, [zoomPercentage]);
}
