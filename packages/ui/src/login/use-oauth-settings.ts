import { useCallback, useEffect, useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError, OAuthSettingsRequest, OAuthSettingsView } from '../api/contract.ts';

/** Loads and saves the engine's OAuth client settings. The engine never returns the secret, only `hasClientSecret`. */
export function useOAuthSettings() {
  const [settings, setSettings] = useState<OAuthSettingsView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setSettings(await api.oauthSettings());
    } catch (caught) {
      setError(toApiError(caught));
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const save = async (request: OAuthSettingsRequest) => {
    const saved = await api.saveOAuthSettings(request);
    setSettings(saved);
    return saved;
  };

  return { settings, error, reload: load, save };
}
