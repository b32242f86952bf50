import { useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError, ApiTokenSignInRequest } from '../api/contract.ts';

/** Signs in with an email and API token, which the engine checks against Atlassian first. */
export function useApiTokenSignIn(onSignedIn: () => Promise<void>) {
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async (request: ApiTokenSignInRequest): Promise<ApiError | null> => {
    setSubmitting(true);
    setError(null);
    try {
      await api.signInWithApiToken(request);
      await onSignedIn();
      return null;
    } catch (caught) {
      const failure = toApiError(caught);
      setError(failure);
      return failure;
    } finally {
      setSubmitting(false);
    }
  };

  return { submit, submitting, error };
}
