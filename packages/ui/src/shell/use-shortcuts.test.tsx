import Button from '@atlaskit/button/new';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { KeyboardEvent } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { useRowNavigation } from '../notifications/use-row-navigation.ts';
import { type ShortcutHandlers, useShortcuts } from './use-shortcuts.ts';

afterEach(cleanup);

interface HarnessProps {
  handlers: ShortcutHandlers;
  button?: { isDisabled?: boolean; isLoading?: boolean };
  onRowKeyDown?: (event: KeyboardEvent<HTMLButtonElement>) => void;
}

/**
 * Renders the shortcuts of `handlers` with an Atlaskit button, a text field, and a row button
 * that handles keys itself.
 */
function Harness({ handlers, button = {}, onRowKeyDown }: HarnessProps) {
  useShortcuts(handlers);
  return (
    <>
      <Button {...button}>Refresh</Button>
      <input aria-label="Site" />
      <button type="button" onKeyDown={onRowKeyDown}>
        Row
      </button>
    </>
  );
}

describe('useShortcuts', () => {
  it('runs a key pressed on the page', () => {
    const home = vi.fn();
    render(<Harness handlers={{ h: home }} />);

    fireEvent.keyDown(document.body, { key: 'h' });

    expect(home).toHaveBeenCalledTimes(1);
  });

  it('runs a key on a focused button once', () => {
    const home = vi.fn();
    render(<Harness handlers={{ h: home }} />);
    const button = screen.getByRole('button', { name: 'Refresh' });
    button.focus();

    fireEvent.keyDown(button, { key: 'h' });

    expect(home).toHaveBeenCalledTimes(1);
  });

  it('runs a key on a disabled button', () => {
    const home = vi.fn();
    render(<Harness handlers={{ h: home }} button={{ isDisabled: true }} />);
    const button = screen.getByRole('button', { name: 'Refresh' });

    fireEvent.keyDown(button, { key: 'h' });

    expect(home).toHaveBeenCalledTimes(1);
  });

  it('runs a key on a busy button', () => {
    const settings = vi.fn();
    render(<Harness handlers={{ s: settings }} button={{ isLoading: true }} />);
    const button = screen.getByRole('button', { name: /Refresh/ });
    expect(button.getAttribute('aria-disabled')).toBe('true');

    fireEvent.keyDown(button, { key: 's' });

    expect(settings).toHaveBeenCalledTimes(1);
  });

  it('ignores keys typed into a text field', () => {
    const home = vi.fn();
    render(<Harness handlers={{ h: home }} />);

    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Site' }), { key: 'h' });

    expect(home).not.toHaveBeenCalled();
  });

  it('ignores a key on a readonly field', () => {
    const home = vi.fn();
    render(<Harness handlers={{ h: home }} />);
    const field = screen.getByRole('textbox', { name: 'Site' }) as HTMLInputElement;
    field.readOnly = true;

    fireEvent.keyDown(field, { key: 'h' });

    expect(home).not.toHaveBeenCalled();
  });

  // Atlaskit's Select without search focuses such an input; typing there must change nothing.
  it('ignores a key on a list input', () => {
    const home = vi.fn();
    render(<Harness handlers={{ h: home }} />);
    const field = screen.getByRole('textbox', { name: 'Site' });
    field.setAttribute('aria-readonly', 'true');

    fireEvent.keyDown(field, { key: 'h' });

    expect(home).not.toHaveBeenCalled();
  });

  it('leaves a key to the control that handled it', () => {
    const home = vi.fn();
    render(<Harness handlers={{ h: home }} onRowKeyDown={(event) => event.preventDefault()} />);

    fireEvent.keyDown(screen.getByRole('button', { name: 'Row' }), { key: 'h' });

    expect(home).not.toHaveBeenCalled();
  });
});

/** Renders ↑ and ↓ over two rows, a busy button, and the requested focus as text. */
function RowsHarness() {
  const ids = ['first', 'second'];
  const { focusRequest } = useRowNavigation(ids);
  return (
    <>
      <Button isLoading>Refresh</Button>
      <output aria-label="Focus request">{focusRequest?.id ?? ''}</output>
    </>
  );
}

describe('useRowNavigation', () => {
  it('moves from a busy button to the first row', () => {
    render(<RowsHarness />);

    fireEvent.keyDown(screen.getByRole('button', { name: /Refresh/ }), { key: 'ArrowDown' });

    expect(screen.getByRole('status', { name: 'Focus request' }).textContent).toBe('first');
  });
});
