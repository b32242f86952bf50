import type { DesktopLanguage } from '../locale/desktop-language.ts';
import type { Settings } from '../settings/settings.ts';
import type { TrayIconVariant } from './tray-icon.ts';
import { trayTexts } from './tray-text.ts';

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
  language: DesktopLanguage;
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
  language: 'en',
  settings: { showCountInTray: true, trayUnreadIcon: 'highlighted', trayIdleIcon: 'default' },
};

/**
 * Builds the tray's icon, title, tooltip and menu. An error or offline icon wins over the unread
 * icon, and no count shows beside it then, because the count may be stale.
 */
export function trayMenuFor(state: TrayState): TrayMenuModel {
  const label = state.unreadLabel;
  const count = label === null || label === '0' ? null : label;
  const text = trayTexts(state.language);

  return {
    icon: iconFor(state, count !== null),
    title: count !== null && state.health === 'ok' && state.settings.showCountInTray ? count : '',
    tooltip: tooltipFor(state, count),
    items: [
      { key: 'open', title: text.open, tooltip: text.openTooltip },
      { key: 'refresh', title: text.refresh, tooltip: text.refreshTooltip },
      { key: 'quit', title: text.quit, tooltip: text.quitTooltip },
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

function tooltipFor(state: TrayState, count: string | null): string {
  const text = trayTexts(state.language);
  if (state.health === 'offline') {
    return text.offline;
  }
  if (state.health === 'error') {
    return text.needsAttention;
  }
  if (count === null) {
    return text.nothingUnread;
  }
  return count === '1' ? text.unreadOne : text.unread.replace('{count}', count);
}
