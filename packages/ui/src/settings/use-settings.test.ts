import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

import { makeSnapshot } from '../../test/fixtures.ts';
import { json, stubFetch } from '../../test/stub-fetch.ts';
import type { Settings } from '../api/contract.ts';
import { useSettingsControl } from './use-settings.ts';

const stored = makeSnapshot().settings as Settings;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Holds the response to each request until the test calls `respond` with the request's index. */
function holdResponses() {
  const resolvers: Array<(response: Response) => void> = [];
  const requests = stubFetch(
    () =>
      new Promise<Response>((resolve) => {
        resolvers.push(resolve);
      }),
  );
  const respond = async (index: number, response: Response) => {
    await act(async () => {
      resolvers[index]?.(response);
    });
  };
  return { requests, respond };
}

function renderControl(initial: Settings) {
  return renderHook(({ settings }) => useSettingsControl(settings), {
    initialProps: { settings: initial },
  });
}

describe('useSettingsControl', () => {
  it('shows a change until its snapshot arrives', async () => {
    const { requests, respond } = holdResponses();
    const control = renderControl({ ...stored, volume: 40 });

    await act(async () => {
      void control.result.current.update({ volume: 50 });
    });
    expect(control.result.current.settings.volume).toBe(50);
    expect(requests.map((request) => request.body)).toEqual([{ volume: 50 }]);

    // The engine responds before its snapshot with the new value reaches the window.
    await respond(0, json(200, { ...stored, volume: 50 }));
    expect(control.result.current.settings.volume).toBe(50);

    control.rerender({ settings: { ...stored, volume: 50 } });
    expect(control.result.current.settings.volume).toBe(50);
    // Once the snapshot arrived, later snapshots decide, such as a change from the CLI.
    control.rerender({ settings: { ...stored, volume: 30 } });
    expect(control.result.current.settings.volume).toBe(30);
  });

  it('keeps newer change on older response', async () => {
    const { respond } = holdResponses();
    const control = renderControl({ ...stored, zoomPercentage: 100 });

    await act(async () => {
      void control.result.current.update({ zoomPercentage: 110 });
      void control.result.current.update({ zoomPercentage: 120 });
    });
    await respond(0, json(200, { ...stored, zoomPercentage: 110 }));
    expect(control.result.current.settings.zoomPercentage).toBe(120);
    control.rerender({ settings: { ...stored, zoomPercentage: 110 } });
    expect(control.result.current.settings.zoomPercentage).toBe(120);

    await respond(1, json(200, { ...stored, zoomPercentage: 120 }));
    control.rerender({ settings: { ...stored, zoomPercentage: 120 } });
    expect(control.result.current.settings.zoomPercentage).toBe(120);
  });

  it('shows the snapshot after a change lost to another', async () => {
    const { respond } = holdResponses();
    const control = renderControl({ ...stored, volume: 40 });

    await act(async () => {
      void control.result.current.update({ volume: 50 });
    });
    await respond(0, json(200, { ...stored, volume: 50 }));
    // Another process changed the volume again before this window's snapshot was drawn.
    control.rerender({ settings: { ...stored, volume: 70 } });
    expect(control.result.current.settings.volume).toBe(70);
  });

  it('reverts a refused change', async () => {
    const { respond } = holdResponses();
    const control = renderControl({ ...stored, volume: 40 });

    await act(async () => {
      void control.result.current.update({ volume: 50 });
    });
    await respond(
      0,
      json(400, { code: 'INVALID_INPUT', message: 'The volume is invalid.', field: 'volume' }),
    );
    expect(control.result.current.settings.volume).toBe(40);
    expect(control.result.current.error?.code).toBe('INVALID_INPUT');
  });

  it('drops a change that the engine saved differently', async () => {
    const { respond } = holdResponses();
    const control = renderControl({ ...stored, volume: 40 });

    await act(async () => {
      void control.result.current.update({ volume: 50 });
    });
    await respond(0, json(200, { ...stored, volume: 60 }));
    expect(control.result.current.settings.volume).toBe(40);
  });
});
