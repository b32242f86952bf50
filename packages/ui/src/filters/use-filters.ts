import { createContext, useCallback, useContext, useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError, FilterDimension, FilterState } from '../api/contract.ts';

export interface FiltersControl {
  /** The engine's filters with the changes still on their way applied. */
  filters: FilterState;
  setDimension: (dimension: FilterDimension, values: string[]) => Promise<void>;
  clear: () => Promise<void>;
  error: ApiError | null;
}

/**
 * Changes the list filters through the engine (`PUT /api/filters`), which applies them to the
 * fetched list without a new request to Atlassian. A change shows at once.
 */
export function useFiltersControl(stored: FilterState): FiltersControl {
  const [pending, setPending] = useState<Partial<FilterState>>({});
  const [error, setError] = useState<ApiError | null>(null);

  const send = useCallback(async (change: Partial<FilterState>, call: () => Promise<unknown>) => {
    setPending((current) => ({ ...current, ...change }));
    setError(null);
    try {
      await call();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setPending({});
    }
  }, []);

  const setDimension = useCallback(
    (dimension: FilterDimension, values: string[]) => {
      const change = { [dimension]: values } as Partial<FilterState>;
      return send(change, () => api.setFilters(change));
    },
    [send],
  );

  const clear = useCallback(
    () =>
      send({ engagements: [], categories: [], actorKinds: [], readStates: [], products: [] }, () =>
        api.clearFilters(),
      ),
    [send],
  );

  return { filters: { ...stored, ...pending }, setDimension, clear, error };
}

export const FiltersContext = createContext<FiltersControl | null>(null);

/** Returns the filters control of the window; only valid below the app's provider. */
export function useFilters(): FiltersControl {
  const control = useContext(FiltersContext);
  if (!control) {
    throw new Error('useFilters needs the FiltersContext provider of App.');
  }
  return control;
}
