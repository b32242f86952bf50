import { createContext, useContext } from 'react';

import type { Notification, ReadState } from '../api/contract.ts';

/** A request to move keyboard focus to a row, by notification id; `nonce` makes repeats new. */
export interface FocusRequest {
  id: string;
  nonce: number;
}

/** What every row of the list shares: rows, read states, actions, expansion and focus moves. */
export interface FeedContextValue {
  rowsById: ReadonlyMap<string, Notification>;
  /** Read states the window set that the engine has not confirmed yet. */
  readStates: ReadonlyMap<string, ReadState>;
  now: Date;
  expanded: ReadonlySet<string>;
  toggleExpanded: (id: string) => void;
  focusRequest: FocusRequest | null;
  /** Called by a row once it took the requested focus. */
  focusDone: () => void;
  onToggleRead: (notification: Notification) => void;
  onOpen: (notification: Notification) => void;
}

export const FeedContext = createContext<FeedContextValue | null>(null);

export function useFeedContext(): FeedContextValue {
  const value = useContext(FeedContext);
  if (!value) {
    throw new Error('Feed rows need the FeedContext provider of the notifications screen.');
  }
  return value;
}

/** Returns a row with the window's unconfirmed read state applied. */
export function withReadState(
  notification: Notification,
  readStates: ReadonlyMap<string, ReadState>,
): Notification {
  const readState = readStates.get(notification.id);
  return readState === undefined || readState === notification.readState
    ? notification
    : { ...notification, readState };
}
