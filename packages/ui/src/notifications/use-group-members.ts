import { useEffect, useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError, GroupMembersView } from '../api/contract.ts';

/** Loads the members of a group head from the engine once, when a row is expanded. */
export function useGroupMembers(headId: string) {
  const [members, setMembers] = useState<GroupMembersView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let cancelled = false;
    setError(null);
    api.groupMembers(headId).then(
      (view) => {
        if (!cancelled) setMembers(view);
      },
      (caught: unknown) => {
        if (!cancelled) setError(toApiError(caught));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [headId, attempt]);

  return { members, error, retry: () => setAttempt((count) => count + 1) };
}
