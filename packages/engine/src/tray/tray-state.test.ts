import { describe, expect, it } from 'vitest';

import type { AccountView, FeedView, Snapshot } from '../server/contract.ts';
import { defaultSettings } from '../settings/settings.ts';
import { trayStateOf } from './tray-state.ts';

function feed(change: Partial<FeedView> = {}): FeedView {
  return {
    accountId: 'a-1',
    status: 'ok',
    notifications: [],
    unseenCount: null,
    hasMore: false,
    fetchedAt: null,
    error: null,
    connection: 'online',
    ...change,
  };
}

function snapshot(feeds: FeedView[], accountStatus: AccountView['status'] = 'ok'): Snapshot {
  return {
    accounts: [{ status: accountStatus } as AccountView],
    feeds,
    oauth: { status: 'idle', authorizeUrl: null, accountId: null, error: null },
    demo: false,
    version: '1.0.0',
    settings: { ...defaultSettings, trayIdleIcon: 'white' },
  };
}

describe('trayStateOf', () => {
  it('reports healthy feeds', () => {
    const state = trayStateOf(snapshot([feed(), feed({ accountId: 'a-2' })]));

    expect(state.health).toBe('ok');
    expect(state.unreadLabel).toBeNull();
    expect(state.settings.trayIdleIcon).toBe('white');
  });

  it('reports offline when all are', () => {
    const offline = feed({ status: 'error', connection: 'offline' });

    expect(trayStateOf(snapshot([offline, { ...offline, accountId: 'a-2' }])).health).toBe(
      'offline',
    );
  });

  it('reports one failing feed', () => {
    const offline = feed({ status: 'error', connection: 'offline' });

    expect(trayStateOf(snapshot([offline, feed({ accountId: 'a-2' })])).health).toBe('error');
  });

  it('reports an account to sign in again', () => {
    expect(trayStateOf(snapshot([feed()], 'sign-in-required')).health).toBe('error');
  });

  it('takes the language from settings', () => {
    const state = trayStateOf(snapshot([feed()]), { LANG: 'es_ES.UTF-8' });
    const chosen = {
      ...snapshot([feed()]),
      settings: { ...defaultSettings, language: 'fr' as const },
    };

    expect(state.language).toBe('es');
    expect(trayStateOf(chosen, { LANG: 'es_ES.UTF-8' }).language).toBe('fr');
  });
});
