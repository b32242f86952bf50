import { useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError } from '../api/contract.ts';

/** Signs an account out through the engine, which deletes its stored credentials. */
export function useSignOut(onSignedOut: () => void) {
  const [signingOutId, setSigningOutId] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ accountId: string; error: ApiError } | null>(null);

  const signOut = async (accountId: string) => {
    setSigningOutId(accountId);
    setFailure(null);
    try {
      await api.signOut(accountId);
      onSignedOut();
    } catch (caught) {
      setFailure({ accountId, error: toApiError(caught) });
    } finally {
      setSigningOutId(null);
    }
  };

  return { signOut, signingOutId, failure, dismissFailure: () => setFailure(null) };
}
