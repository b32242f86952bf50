import { useEffect, useRef, useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError, OAuthSignInView } from '../api/contract.ts';

interface Attempt {
  /** The snapshot's sign-in view when the engine accepted the start. */
  basis: OAuthSignInView;
  view: OAuthSignInView;
}

/**
 * Starts and cancels the engine's OAuth sign-in and follows it through the snapshots. The start
 * response is shown until the next snapshot arrives. Only a sign-in this window started, or saw
 * running, leads to the feed or shows its failure, so an old result does not resurface.
 */
export function useOAuthSignIn(snapshotView: OAuthSignInView, onSignedIn: () => Promise<void>) {
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [starting, setStarting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sawRunning = useRef(false);
  const finished = useRef(false);

  const view = attempt && attempt.basis === snapshotView ? attempt.view : snapshotView;
  const running = view.status === 'waiting-for-browser' || view.status === 'exchanging';
  if (running) {
    sawRunning.current = true;
  }
  const followed = attempt !== null || sawRunning.current;

  useEffect(() => {
    if (view.status === 'succeeded' && followed && !finished.current) {
      finished.current = true;
      void onSignedIn();
    }
  }, [view.status, followed, onSignedIn]);

  /** Runs `prepare` (saving changed settings), then starts the sign-in. */
  const start = async (prepare: () => Promise<void>): Promise<ApiError | null> => {
    setStarting(true);
    setError(null);
    try {
      await prepare();
      const basis = snapshotView;
      const started = await api.startOAuthSignIn({});
      setAttempt({ basis, view: started });
      return null;
    } catch (caught) {
      const failure = toApiError(caught);
      setError(failure);
      return failure;
    } finally {
      setStarting(false);
    }
  };

  const cancel = async () => {
    setError(null);
    try {
      await api.cancelOAuthSignIn();
      setAttempt(null);
      sawRunning.current = false;
    } catch (caught) {
      setError(toApiError(caught));
    }
  };

  const failure = followed && view.status === 'failed' ? view.error : null;
  return { view, running, starting, error, failure, start, cancel };
}
