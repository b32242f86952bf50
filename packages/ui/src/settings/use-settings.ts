import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';

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

type SettingName = keyof Settings;

/** A changed value that the window shows before the engine's snapshot carries it. */
interface PendingValue {
  value: unknown;
  /** The number of the change that set it, so the response to an older change leaves it alone. */
  change: number;
  /** The snapshot settings shown when the engine accepted the change, or null before that. */
  acceptedWith: Settings | null;
}

type PendingValues = ReadonlyMap<SettingName, PendingValue>;

/**
 * Changes settings through the engine. A change shows at once and stays until a snapshot arrives
 * after the engine accepted it. The engine responds before the window receives that snapshot, so
 * dropping the change at the response would show the old value in between, and a quick second
 * key press would start from it. A rejected change goes back and sets `error`.
 */
export function useSettingsControl(stored: Settings): SettingsControl {
  const [pending, setPending] = useState<PendingValues>(new Map());
  const [error, setError] = useState<ApiError | null>(null);
  const storedRef = useRef(stored);
  storedRef.current = stored;
  const changeCount = useRef(0);

  useEffect(() => {
    setPending((current) =>
      withoutNames(
        current,
        (_name, entry) => entry.acceptedWith !== null && entry.acceptedWith !== stored,
      ),
    );
  }, [stored]);

  const update = useCallback(async (patch: SettingsPatch) => {
    changeCount.current += 1;
    const change = changeCount.current;
    const names = Object.keys(patch) as SettingName[];
    setPending((current) => {
      const next = new Map(current);
      for (const name of names) {
        next.set(name, { value: patch[name], change, acceptedWith: null });
      }
      return next;
    });
    setError(null);
    const ownedByThisChange = (name: SettingName, entry: PendingValue) =>
      names.includes(name) && entry.change === change;

    try {
      const saved = await api.updateSettings(patch);
      const storedNow = storedRef.current;
      setPending((current) => {
        // Values the snapshot already shows, or that the engine saved differently, go at once.
        const next = withoutNames(
          current,
          (name, entry) =>
            ownedByThisChange(name, entry) &&
            (Object.is(storedNow[name], entry.value) || !Object.is(saved[name], entry.value)),
        );
        return new Map(
          [...next].map(([name, entry]) => [
            name,
            ownedByThisChange(name, entry) ? { ...entry, acceptedWith: storedNow } : entry,
          ]),
        );
      });
    } catch (caught) {
      setError(toApiError(caught));
      setPending((current) => withoutNames(current, ownedByThisChange));
    }
  }, []);

  const reset = useCallback(async () => {
    setError(null);
    try {
      await api.resetSettings();
    } catch (caught) {
      setError(toApiError(caught));
    }
  }, []);

  const changes = Object.fromEntries([...pending].map(([name, entry]) => [name, entry.value]));
  return {
    settings: { ...stored, ...changes } as Settings,
    update,
    reset,
    error,
    dismissError: () => setError(null),
  };
}

/** Returns `values` without the entries `drop` picks, or `values` itself when it picks none. */
function withoutNames(
  values: PendingValues,
  drop: (name: SettingName, entry: PendingValue) => boolean,
): PendingValues {
  const remaining = [...values].filter(([name, entry]) => !drop(name, entry));
  return remaining.length === values.size ? values : new Map(remaining);
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
