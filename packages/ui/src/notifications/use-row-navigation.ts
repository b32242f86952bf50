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
 * Moves keyboard focus between rows with ↑ and ↓, and to the first or last row with Shift+↑ and
 * Shift+↓. With no row focused, ↓ starts at the first row and ↑ at the last; there is no
 * wrap-around. A target row that is not drawn yet is scrolled into view first.
 */
export function useRowNavigation(orderedIds: readonly string[]) {
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);
  const ids = useRef(orderedIds);
  ids.current = orderedIds;

  const focusDone = useCallback(() => setFocusRequest(null), []);

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
