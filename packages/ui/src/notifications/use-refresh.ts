import { useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError } from '../api/contract.ts';

/** Asks the engine to poll every account now. The new feeds arrive as snapshots. */
export function useRefresh() {
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const refresh = async () => {
    setRefreshing(true);
    setError(null);
    try {
      await api.refresh();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setRefreshing(false);
    }
  };

  return { refresh, refreshing, error, dismissError: () => setError(null) };
}
