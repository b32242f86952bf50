import type { Settings } from '../settings/settings.ts';
import type { TrayIconVariant } from './tray-icon.ts';

/** The tray menu's entries, in order. */
export const trayMenuKeys = ['open', 'refresh', 'quit'] as const;
export type TrayMenuKey = (typeof trayMenuKeys)[number];

/** Whether the feeds reached Atlassian: every one offline, any failing, or all fine. */
export type TrayHealth = 'ok' | 'error' | 'offline';

/** The input of the tray: the unread label, the feeds' health and the tray settings. */
export interface TrayState {
  /** The list's unread label ("3", "999+"); "0" and null (nothing fetched yet) show no number. */
  unreadLabel: string | null;
  health: TrayHealth;
  settings: Pick<Settings, 'showCountInTray' | 'trayUnreadIcon' | 'trayIdleIcon'>;
}

/** The tray's icon, title, tooltip and menu for one state. */
export interface TrayMenuModel {
  icon: TrayIconVariant;
  /** Text beside the icon where the desktop shows one: the unread count, or empty. */
  title: string;
  tooltip: string;
  items: { key: TrayMenuKey; title: string; tooltip: string }[];
}

export const defaultTrayState: TrayState = {
  unreadLabel: null,
  health: 'ok',
  settings: { showCountInTray: true, trayUnreadIcon: 'highlighted', trayIdleIcon: 'default' },
};

/**
 * Builds the tray's icon, title, tooltip and menu. An error or offline icon wins over the unread
 * icon, and no count shows beside it then, because the count may be stale.
 */
export function trayMenuFor(state: TrayState): TrayMenuModel {
  const label = state.unreadLabel;
  const count = label === null || label === '0' ? null : label;

  return {
    icon: iconFor(state, count !== null),
    title: count !== null && state.health === 'ok' && state.settings.showCountInTray ? count : '',
    tooltip: tooltipFor(state.health, count),
    items: [
      { key: 'open', title: 'Open Atlassify', tooltip: 'Open the Atlassify window' },
      { key: 'refresh', title: 'Refresh', tooltip: 'Fetch notifications now' },
      { key: 'quit', title: 'Quit Atlassify', tooltip: 'Stop Atlassify' },
    ],
  };
}

function iconFor(state: TrayState, hasUnread: boolean): TrayIconVariant {
  if (state.health !== 'ok') {
    return state.health;
  }
  if (hasUnread && state.settings.trayUnreadIcon === 'highlighted') {
    return 'unread';
  }
  return state.settings.trayIdleIcon === 'white' ? 'idle-white' : 'idle';
}

function tooltipFor(health: TrayHealth, count: string | null): string {
  if (health === 'offline') {
    return 'Atlassify: Atlassian is out of reach';
  }
  if (health === 'error') {
    return 'Atlassify: an account needs attention';
  }
  return count === null ? 'Atlassify: nothing unread' : `Atlassify: ${count} unread`;
}
