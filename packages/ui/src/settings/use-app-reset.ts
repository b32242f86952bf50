import { useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError } from '../api/contract.ts';

type ResetAction = 'settings' | 'everything' | 'quit';

/** Resets the settings, resets everything, or quits the engine, with the failure for a message. */
export function useAppReset(handlers: { onResetEverything: () => void; onQuit: () => void }) {
  const [working, setWorking] = useState<ResetAction | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  const run = async (action: ResetAction, call: () => Promise<unknown>, after: () => void) => {
    setWorking(action);
    setError(null);
    try {
      await call();
      after();
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setWorking(null);
    }
  };

  return {
    working,
    error,
    resetSettings: () => run('settings', api.resetSettings, () => {}),
    resetEverything: () => run('everything', api.resetEverything, handlers.onResetEverything),
    quit: () => run('quit', api.quit, handlers.onQuit),
  };
}
