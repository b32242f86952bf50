import { createContext, useCallback, useContext, useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError, Settings, SettingsPatch } from '../api/contract.ts';

export interface SettingsControl {
  /** The engine's settings with the changes still on their way applied. */
  settings: Settings;
  update: (patch: SettingsPatch) => Promise<void>;
  reset: () => Promise<void>;
  error: ApiError | null;
  dismissError: () => void;
}

/**
 * Changes settings through the engine. A change shows at once and stays until the engine answers;
 * a refused change goes back and sets `error`.
 */
export function useSettingsControl(stored: Settings): SettingsControl {
  const [pending, setPending] = useState<SettingsPatch>({});
  const [error, setError] = useState<ApiError | null>(null);

  const settle = useCallback((patch: SettingsPatch) => {
    setPending((current) => {
      const next = { ...current };
      for (const key of Object.keys(patch) as Array<keyof SettingsPatch>) {
        delete next[key];
      }
      return next;
    });
  }, []);

  const update = useCallback(
    async (patch: SettingsPatch) => {
      setPending((current) => ({ ...current, ...patch }));
      setError(null);
      try {
        await api.updateSettings(patch);
      } catch (caught) {
        setError(toApiError(caught));
      } finally {
        settle(patch);
      }
    },
    [settle],
  );

  const reset = useCallback(async () => {
    setError(null);
    try {
      await api.resetSettings();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }, []);

  return {
    settings: { ...stored, ...pending } as Settings,
    update,
    reset,
    error,
    dismissError: () => setError(null),
  };
}

export const SettingsContext = createContext<SettingsControl | null>(null);

/** Returns the settings control of the window; only valid below the app's provider. */
export function useSettings(): SettingsControl {
  const control = useContext(SettingsContext);
  if (!control) {
    throw new Error('useSettings needs the SettingsContext provider of App.');
  }
  return control;
}
