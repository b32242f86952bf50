import { useCallback, useEffect, useRef, useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type {
  ApiError,
  FeedView,
  MarkRequest,
  Notification,
  OpenResultView,
  ReadState,
} from '../api/contract.ts';

/** A mark or open that failed in the window, before the engine could report it. */
export interface LocalFailure {
  action: 'mark-read' | 'mark-unread' | 'open';
  count: number;
  error: ApiError;
}

/** Drops pending states that the engine's feeds now show, or whose account is gone. */
function reconcile(
  pending: Map<string, ReadState>,
  feeds: readonly FeedView[],
): Map<string, ReadState> {
  const next = new Map(pending);
  for (const [id, readState] of pending) {
    const current = feeds
      .flatMap((feed) => feed.notifications)
      .find((notification) => notification.id === id);
    if (!current || current.readState === readState) {
      next.delete(id);
    }
  }
  return next.size === pending.size ? pending : next;
}

/**
 * Marks and opens rows through the engine. Marked rows flip at once and flip back when the call
 * fails; the failure is kept for a message. `opened` is the result of the last open, for the
 * "no link available" message.
 */
export function useFeedActions(feeds: readonly FeedView[]) {
  const [pending, setPending] = useState(() => new Map<string, ReadState>());
  const [failure, setFailure] = useState<LocalFailure | null>(null);
  const [opened, setOpened] = useState<OpenResultView | null>(null);
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  useEffect(() => {
    setPending((current) => reconcile(current, feeds));
  }, [feeds]);

  const run = useCallback(
    async (ids: readonly string[], readState: ReadState, call: () => Promise<unknown>) => {
      const previous = new Map(pendingRef.current);
      setPending((current) => {
        const next = new Map(current);
        for (const id of ids) {
          next.set(id, readState);
        }
        return next;
      });
      setFailure(null);
      try {
        await call();
      } catch (caught) {
        setPending(previous);
        setFailure({ action: `mark-${readState}`, count: ids.length, error: toApiError(caught) });
      }
    },
    [],
  );

  const toggle = (notification: Notification) => {
    const readState: ReadState = notification.readState === 'unread' ? 'read' : 'unread';
    void run([notification.id], readState, () => api.mark({ readState, ids: [notification.id] }));
  };

  /** Marks every shown row of an account and/or product; `ids` are the rows that flip now. */
  const markMatching = (selector: Omit<MarkRequest, 'ids'>, ids: readonly string[]) =>
    run(ids, selector.readState, () => api.mark(selector));

  const open = async (notification: Notification) => {
    setFailure(null);
    setOpened(null);
    try {
      const result = await api.openNotification(notification.id);
      setOpened(result);
    } catch (caught) {
      setFailure({ action: 'open', count: 1, error: toApiError(caught) });
    }
  };

  return {
    readStates: pending,
    failure,
    opened,
    toggle,
    markMatching,
    open: (notification: Notification) => void open(notification),
    dismissFailure: () => setFailure(null),
    dismissOpened: () => setOpened(null),
  };
}

export type FeedActions = ReturnType<typeof useFeedActions>;
