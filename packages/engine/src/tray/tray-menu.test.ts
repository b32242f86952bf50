import { describe, expect, it } from 'vitest';

import { trayMenuFor } from './tray-menu.ts';

describe('trayMenuFor', () => {
  it('lists open, refresh and quit', () => {
    expect(trayMenuFor('3').items.map((item) => item.key)).toEqual(['open', 'refresh', 'quit']);
  });

  it('shows the unread count', () => {
    expect(trayMenuFor('3')).toMatchObject({ title: '3', tooltip: 'Atlassify: 3 unread' });
    expect(trayMenuFor('999+')).toMatchObject({ title: '999+', tooltip: 'Atlassify: 999+ unread' });
  });

  it('shows no number for none', () => {
    for (const label of ['0', null]) {
      expect(trayMenuFor(label)).toMatchObject({ title: '', tooltip: 'Atlassify: nothing unread' });
    }
  });
});
