import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../engine/src/settings/settings.ts';
import { FakeEventSource } from '../../test/fake-event-source.ts';
import { makeAccount, makeFeed, makeNotification, makeSnapshot } from '../../test/fixtures.ts';
import { json, stubFetch } from '../../test/stub-fetch.ts';
import type { Snapshot } from '../api/contract.ts';
import { App } from './App.tsx';

const empty: Snapshot = makeSnapshot();

const signedIn: Snapshot = makeSnapshot({
  demo: true,
  accounts: [makeAccount()],
  feeds: [makeFeed({ notifications: [makeNotification()] })],
});

beforeEach(() => {
  FakeEventSource.instances = [];
  vi.stubGlobal('EventSource', FakeEventSource);
  window.location.hash = '';
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

async function renderApp(snapshot: Snapshot) {
  stubFetch((request) =>
    request.path === '/api/snapshot' ? json(200, snapshot) : json(200, { ...empty.oauth }),
  );
  render(<App />);
  await act(async () => {});
  const source = FakeEventSource.instances[0];
  if (!source) {
    throw new Error('The app opened no event stream.');
  }
  return source;
}

describe('App', () => {
  it('welcomes without accounts', async () => {
    const source = await renderApp(empty);

    expect(source.url).toBe('/api/events');
    expect(screen.getByRole('heading', { level: 1, name: 'Welcome to Atlassify' })).toBeTruthy();
  });

  it('follows snapshot events', async () => {
    const source = await renderApp(empty);

    await act(async () => {
      source.open();
      source.send('snapshot', signedIn);
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Notifications' })).toBeTruthy();
    expect(screen.getByTestId('account-section')).toBeTruthy();
    expect(screen.getByText('Demo')).toBeTruthy();
  });

  it('says it stopped in the chosen language', async () => {
    window.location.hash = '#/settings';
    await renderApp({ ...signedIn, settings: { ...defaultSettings, language: 'de' } });

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Atlassify beenden' }));
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Atlassify wurde beendet' })).toBeTruthy();
  });

  it('tells how to start the demo again after quitting it', async () => {
    window.location.hash = '#/settings';
    await renderApp({ ...signedIn, demo: true });

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Quit Atlassify' }));
    });

    expect(screen.getByTestId('stopped').textContent).toContain('atlassify start --demo');
  });

  it('reconnects a closed stream', async () => {
    vi.useFakeTimers();
    const source = await renderApp(signedIn);

    act(() => source.fail());
    expect(screen.getByText(/Reconnecting/)).toBeTruthy();

    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(FakeEventSource.instances).toHaveLength(2);

    act(() => FakeEventSource.instances[1]?.open());
    expect(screen.queryByText(/Reconnecting/)).toBeNull();
  });

  it('shows why the snapshot failed', async () => {
    stubFetch(() => json(401, { code: 'NO_SESSION', message: 'This window has no session.' }));
    render(<App />);
    await act(async () => {});

    expect(screen.getByText('Atlassify could not load its data')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });

  it('adds an API token for a refused account', async () => {
    const refused: Snapshot = makeSnapshot({
      accounts: [makeAccount({ authMethod: 'oauth', status: 'notifications-unavailable' })],
      feeds: [makeFeed({ status: 'error', notifications: [] })],
    });
    await renderApp(refused);

    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Add an API token for this account' }));
    });

    expect(screen.getByRole('heading', { level: 1, name: 'Add account' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'API Token' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect((screen.getByLabelText('Email') as HTMLInputElement).value).toBe('dana@example.com');
  });
});
