import { useCallback, useEffect, useRef, useState } from 'react';

import { addWindowKeyListener, isTextInput } from '../shell/use-shortcuts.ts';
import type { FocusRequest } from './feed-context.ts';

/** Returns the id of the row that has focus, or that contains the element with focus. */
function focusedRowId(): string | null {
  const active = document.activeElement;
  const row = active instanceof HTMLElement ? active.closest('[data-notification-id]') : null;
  return row?.getAttribute('data-notification-id') ?? null;
}

/**
 * Keeps keyboard focus in the list when the focused row leaves it, as after marking it read in an
 * unread-only list: focus moves to the row that took its place, or the last row. Focus that the
 * user moved elsewhere stays there.
 */
function useFocusAfterRemoval(
  orderedIds: readonly string[],
  setFocusRequest: (request: FocusRequest) => void,
): void {
  const lastFocused = useRef<string | null>(null);
  const previousIds = useRef(orderedIds);

  useEffect(() => {
    const onFocusIn = () => {
      lastFocused.current = focusedRowId();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  useEffect(() => {
    const previous = previousIds.current;
    previousIds.current = orderedIds;
    const id = lastFocused.current;
    const active = document.activeElement;
    if (id === null || orderedIds.includes(id) || (active && active !== document.body)) {
      return;
    }

    lastFocused.current = null;
    const index = Math.min(previous.indexOf(id), orderedIds.length - 1);
    const next = index >= 0 ? orderedIds[index] : undefined;
    if (next !== undefined) {
      setFocusRequest({ id: next, nonce: Date.now() });
    }
  }, [orderedIds, setFocusRequest]);
}

/**
 * Moves keyboard focus between rows with ↑ and ↓, and to the first or last row with Shift+↑ and
 * Shift+↓. With no row focused, ↓ starts at the first row and ↑ at the last; there is no
 * wrap-around. A target row that is not drawn yet is scrolled into view first.
 */
export function useRowNavigation(orderedIds: readonly string[]) {
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const ids = useRef(orderedIds);
  ids.current = orderedIds;

  const focusDone = useCallback(() => setFocusRequest(null), []);
  useFocusAfterRemoval(orderedIds, setFocusRequest);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') {
        return;
      }
      if (event.ctrlKey || event.altKey || event.metaKey || isTextInput(event.target)) {
        return;
      }
      if (document.querySelector('[role="dialog"]') || ids.current.length === 0) {
        return;
      }
      const list = ids.current;
      const current = focusedRowId();
      const index = current === null ? -1 : list.indexOf(current);
      const down = event.key === 'ArrowDown';
      let target: number;
      if (event.shiftKey) {
        target = down ? list.length - 1 : 0;
      } else if (index < 0) {
        target = down ? 0 : list.length - 1;
      } else {
        target = Math.min(Math.max(index + (down ? 1 : -1), 0), list.length - 1);
      }
      event.preventDefault();
      const id = list[target];
      if (id !== undefined) {
        setFocusRequest({ id, nonce: Date.now() });
      }
    };
    return addWindowKeyListener(onKeyDown);
  }, []);

  return { focusRequest, focusDone };
}
