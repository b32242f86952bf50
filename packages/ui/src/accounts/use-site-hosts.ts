import { useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError } from '../api/contract.ts';

/**
 * Adds and removes an account's site hosts through the engine, which resolves each host with
 * Atlassian first. `error` is the last failure: invalid host, already added, or no such site.
 */
export function useSiteHosts(accountId: string) {
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const add = async (host: string): Promise<boolean> => {
    setAdding(true);
    setError(null);
    try {
      await api.addSite(accountId, host);
      return true;
    } catch (caught) {
      setError(toApiError(caught));
      return false;
    } finally {
      setAdding(false);
    }
  };

  const remove = async (host: string) => {
    setRemoving(host);
    setError(null);
    try {
      await api.removeSite(accountId, host);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setRemoving(null);
    }
  };

  return { add, remove, adding, removing, error, dismissError: () => setError(null) };
}
