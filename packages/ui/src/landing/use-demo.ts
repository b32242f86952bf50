import { useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError } from '../api/contract.ts';

/**
 * Starts the demo, a separate engine against the built-in simulator with its own state folder,
 * and moves this window to it.
 */
export function useDemo() {
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const start = async () => {
    setStarting(true);
    setError(null);
    try {
      const { url } = await api.startDemo();
      window.location.assign(url);
    } catch (caught) {
      setError(toApiError(caught));
      setStarting(false);
    }
  };

  return { start, starting, error };
}
