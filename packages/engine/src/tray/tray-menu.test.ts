import { describe, expect, it } from 'vitest';

import { defaultTrayState, type TrayState, trayMenuFor } from './tray-menu.ts';

function stateWith(change: Partial<TrayState>, settings: Partial<TrayState['settings']> = {}) {
  return {
    ...defaultTrayState,
    ...change,
    settings: { ...defaultTrayState.settings, ...settings },
  };
}

describe('trayMenuFor', () => {
  it('lists open, refresh and quit', () => {
    const keys = trayMenuFor(stateWith({ unreadLabel: '3' })).items.map((item) => item.key);

    expect(keys).toEqual(['open', 'refresh', 'quit']);
  });

  it('shows the unread count', () => {
    expect(trayMenuFor(stateWith({ unreadLabel: '3' }))).toMatchObject({
      icon: 'unread',
      title: '3',
      tooltip: 'Atlassify: 3 unread',
    });
    expect(trayMenuFor(stateWith({ unreadLabel: '999+' }))).toMatchObject({
      title: '999+',
      tooltip: 'Atlassify: 999+ unread',
    });
  });

  it('shows no number for none', () => {
    for (const unreadLabel of ['0', null]) {
      expect(trayMenuFor(stateWith({ unreadLabel }))).toMatchObject({
        icon: 'idle',
        title: '',
        tooltip: 'Atlassify: nothing unread',
      });
    }
  });

  it('hides the count by setting', () => {
    const model = trayMenuFor(stateWith({ unreadLabel: '3' }, { showCountInTray: false }));

    expect(model.title).toBe('');
    expect(model.tooltip).toBe('Atlassify: 3 unread');
  });

  it('keeps the idle icon in stealth', () => {
    const model = trayMenuFor(stateWith({ unreadLabel: '3' }, { trayUnreadIcon: 'stealth' }));

    expect(model.icon).toBe('idle');
  });

  it('uses the white idle icon', () => {
    const idle = trayMenuFor(stateWith({ unreadLabel: '0' }, { trayIdleIcon: 'white' }));
    const unread = trayMenuFor(stateWith({ unreadLabel: '2' }, { trayIdleIcon: 'white' }));

    expect(idle.icon).toBe('idle-white');
    expect(unread.icon).toBe('unread');
  });

  it('shows errors over the count', () => {
    const failing = trayMenuFor(stateWith({ unreadLabel: '3', health: 'error' }));
    const offline = trayMenuFor(stateWith({ unreadLabel: '3', health: 'offline' }));

    expect(failing).toMatchObject({
      icon: 'error',
      title: '',
      tooltip: 'Atlassify: an account needs attention',
    });
    expect(offline).toMatchObject({
      icon: 'offline',
      title: '',
      tooltip: 'Atlassify: Atlassian is out of reach',
    });
  });

  it('translates menu and tooltip', () => {
    const model = trayMenuFor(stateWith({ unreadLabel: '3', language: 'de' }));

    expect(model.items.map((item) => item.title)).toEqual([
      'Atlassify öffnen',
      'Aktualisieren',
      'Atlassify beenden',
    ]);
    expect(model.tooltip).toBe('Atlassify: 3 ungelesen');
  });

  it('counts one item in French', () => {
    const model = trayMenuFor(stateWith({ unreadLabel: '1', language: 'fr' }));

    expect(model.tooltip).toBe('Atlassify : 1 non lue');
  });
});
