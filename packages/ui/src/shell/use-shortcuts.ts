import { useEffect, useRef } from 'react';

/** The single-key shortcuts of the window; the Settings screen lists them. */
export const shortcutKeys = ['h', 'n', 'u', 'p', 't', 'f', 'r', 's', 'a', 'q'] as const;
export type ShortcutKey = (typeof shortcutKeys)[number];

export type ShortcutHandlers = Partial<Record<ShortcutKey | 'Escape', () => void>>;

/** True for targets where a key press is text input: fields, selects and editable content. */
export function isTextInput(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) {
    return false;
  }
  if (target.isContentEditable) {
    return true;
  }
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') {
    return true;
  }
  if (tag !== 'INPUT') {
    return false;
  }
  const type = (target as HTMLInputElement).type;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type);
}

/**
 * Runs a handler for single unmodified keys pressed anywhere in the window. Keys typed into a
 * text field, held with Ctrl, Alt or Meta, or pressed while a modal dialog is open do nothing.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const current = useRef(handlers);
  current.current = handlers;

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey) {
        return;
      }
      if (isTextInput(event.target) || document.querySelector('[role="dialog"]')) {
        return;
      }
      const key = event.key === 'Escape' ? 'Escape' : event.key.toLowerCase();
      const handler = current.current[key as ShortcutKey | 'Escape'];
      if (handler && (key === 'Escape' || !event.shiftKey)) {
        event.preventDefault();
        handler();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
