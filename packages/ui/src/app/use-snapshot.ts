import { useCallback, useEffect, useRef, useState } from 'react';

import { api, eventsUrl, toApiError } from '../api/client.ts';
import type { ApiError, Snapshot } from '../api/contract.ts';

export type ConnectionState = 'connecting' | 'open' | 'reconnecting';

const maxReconnectDelayMs = 30_000;

/** Returns the wait before reconnect `attempt` (0-based): 1 s, doubling up to 30 s. */
export function reconnectDelay(attempt: number): number {
  return Math.min(1000 * 2 ** attempt, maxReconnectDelayMs);
}

export interface SnapshotState {
  snapshot: Snapshot | null;
  /** The error of the last `GET /api/snapshot`, cleared by the next snapshot that arrives. */
  loadError: ApiError | null;
  connection: ConnectionState;
  /** Loads the snapshot now, for a change the window must see before it moves on. */
  reload: () => Promise<Snapshot | null>;
}

/**
 * Loads the engine's snapshot and keeps it current through the `snapshot` events of
 * `GET /api/events`. The browser retries a dropped stream by itself. When it gives up, as after
 * an engine restart, this hook opens a new stream with a growing delay.
 */
export function useSnapshot(): SnapshotState {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  // Counts stream events, so a slow GET cannot replace a newer snapshot from the stream.
  const eventCount = useRef(0);

  const reload = useCallback(async () => {
    const countAtStart = eventCount.current;
    try {
      const next = await api.snapshot();
      if (eventCount.current === countAtStart) {
        setSnapshot(next);
      }
      setLoadError(null);
      return next;
    } catch (error) {
      setLoadError(toApiError(error));
      return null;
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      return;
    }

    let source: EventSource | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;

    const onSnapshot = (event: MessageEvent<string>) => {
      try {
        const next = JSON.parse(event.data) as Snapshot;
        eventCount.current += 1;
        setSnapshot(next);
        setLoadError(null);
      } catch {
        // A malformed event is skipped, because the next one carries the whole state again.
      }
    };

    const connect = () => {
      const current = new EventSource(eventsUrl);
      source = current;
      current.addEventListener('open', () => {
        attempt = 0;
        setConnection('open');
      });
      current.addEventListener('snapshot', onSnapshot as EventListener);
      current.addEventListener('error', () => {
        setConnection('reconnecting');
        if (current.readyState === EventSource.CLOSED) {
          current.close();
          retryTimer = setTimeout(connect, reconnectDelay(attempt));
          attempt += 1;
        }
      });
    };

    connect();
    return () => {
      clearTimeout(retryTimer);
      source?.close();
    };
  }, []);

  return { snapshot, loadError, connection, reload };
}
