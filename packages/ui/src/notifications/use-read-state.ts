import { useEffect, useRef, useState } from 'react';

import { api, toApiError } from '../api/client.ts';
import type { ApiError, FeedView, Notification, ReadState } from '../api/contract.ts';

interface PendingReadState {
  readState: ReadState;
  accountId: string;
  /** The feed's `fetchedAt` when the change was made. A later poll result is authoritative. */
  fetchedAt: string | null;
  /** The engine accepted the change. */
  settled: boolean;
}

export interface ReadStateError {
  action: 'update' | 'open';
  error: ApiError;
}

function feedFor(feeds: readonly FeedView[], accountId: string): FeedView | undefined {
  return feeds.find((feed) => feed.accountId === accountId);
}

/** Drops pending states that the engine's feed now shows, or that a newer poll has replaced. */
function reconcile(
  pending: Map<string, PendingReadState>,
  feeds: readonly FeedView[],
): Map<string, PendingReadState> {
  const next = new Map(pending);
  for (const [id, entry] of pending) {
    const feed = feedFor(feeds, entry.accountId);
    const current = feed?.notifications.find((notification) => notification.id === id);
    const confirmed = current?.readState === entry.readState;
    const superseded = entry.settled && feed?.fetchedAt !== entry.fetchedAt;
    if (!feed || !current || confirmed || superseded) {
      next.delete(id);
    }
  }
  return next.size === pending.size ? pending : next;
}

/**
 * Changes read states optimistically. The row flips at once, and flips back with an error on its
 * account when the engine call fails.
 */
export function useReadState(feeds: readonly FeedView[]) {
  const [pending, setPending] = useState(() => new Map<string, PendingReadState>());
  const [errors, setErrors] = useState(() => new Map<string, ReadStateError>());
  const pendingRef = useRef(pending);
  pendingRef.current = pending;

  useEffect(() => {
    setPending((current) => reconcile(current, feeds));
  }, [feeds]);

  const change = async (
    notification: Notification,
    readState: ReadState,
    action: ReadStateError['action'],
    call: () => Promise<void>,
  ) => {
    const { id, accountId } = notification;
    const fetchedAt = feedFor(feeds, accountId)?.fetchedAt ?? null;
    // A rollback restores an earlier change still on its way, not just the engine's state.
    const previous = pendingRef.current.get(id);

    setPending((current) =>
      new Map(current).set(id, { readState, accountId, fetchedAt, settled: false }),
    );
    setErrors((current) => {
      const next = new Map(current);
      next.delete(accountId);
      return next;
    });

    try {
      await call();
      setPending((current) => {
        const entry = current.get(id);
        return entry ? new Map(current).set(id, { ...entry, settled: true }) : current;
      });
    } catch (caught) {
      setPending((current) => {
        const next = new Map(current);
        if (previous) {
          next.set(id, previous);
        } else {
          next.delete(id);
        }
        return next;
      });
      setErrors((current) =>
        new Map(current).set(accountId, { action, error: toApiError(caught) }),
      );
    }
  };

  const toggle = (notification: Notification) => {
    const readState: ReadState = notification.readState === 'unread' ? 'read' : 'unread';
    const call = readState === 'read' ? api.markRead : api.markUnread;
    void change(notification, readState, 'update', () => call([notification.id]));
  };

  // The engine marks an opened item read, so the row shows it read straight away.
  const open = (notification: Notification) => {
    void change(notification, 'read', 'open', () => api.openNotification(notification.id));
  };

  const dismissError = (accountId: string) => {
    setErrors((current) => {
      const next = new Map(current);
      next.delete(accountId);
      return next;
    });
  };

  const readStates = new Map([...pending].map(([id, entry]) => [id, entry.readState]));
  return { readStates, errors, toggle, open, dismissError };
}
