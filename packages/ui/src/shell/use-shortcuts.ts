import { useEffect, useRef } from 'react';

/** The single-key shortcuts of the window; the Settings screen lists them. */
export const shortcutKeys = ['h', 'n', 'u', 'p', 't', 'f', 'r', 's', 'a', 'q'] as const;
export type ShortcutKey = (typeof shortcutKeys)[number];

export type ShortcutHandlers = Partial<Record<ShortcutKey | 'Escape', () => void>>;

/**
 * True for targets where a key press belongs to the control: fields, also read-only ones such as
 * the input of Atlaskit's Select without search, native selects (which select an option by its
 * first letters) and editable content. A user typing there expects no shortcut to fire.
 */
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
  const input = target as HTMLInputElement;
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(input.type);
}

/**
 * True for a control that is disabled, or busy with `aria-disabled` set. An Atlaskit button in
 * that state stops every key but Tab from propagating. Such a button can have focus: Refresh
 * keeps it while it shows its spinner, and Clear filters for a moment after a click disables it.
 */
export function isInertControl(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.matches(':disabled') || target.getAttribute('aria-disabled') === 'true')
  );
}

/**
 * Adds a keydown listener on the window and returns the function that removes it. The listener
 * runs in the bubble phase, after controls could handle a key and prevent its default. A
 * disabled or busy Atlaskit button stops keys before they bubble up, so on such a control the
 * listener runs in the capture phase.
 */
export function addWindowKeyListener(onKeyDown: (event: KeyboardEvent) => void): () => void {
  const onCapture = (event: KeyboardEvent) => {
    if (isInertControl(event.target)) {
      onKeyDown(event);
    }
  };
  const onBubble = (event: KeyboardEvent) => {
    if (!isInertControl(event.target)) {
      onKeyDown(event);
    }
  };
  window.addEventListener('keydown', onCapture, true);
  window.addEventListener('keydown', onBubble);
  return () => {
    window.removeEventListener('keydown', onCapture, true);
    window.removeEventListener('keydown', onBubble);
  };
}

/**
 * Runs a handler for single unmodified keys pressed anywhere in the window, also while a
 * disabled or busy button has focus. Keys typed into a text field, held with Ctrl, Alt or Meta,
 * or pressed while a modal dialog is open do nothing.
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
    return addWindowKeyListener(onKeyDown);
  }, []);
}
