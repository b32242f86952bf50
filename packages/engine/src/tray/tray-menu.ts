/** The tray menu's entries, in order. */
export const trayMenuKeys = ['open', 'refresh', 'quit'] as const;
export type TrayMenuKey = (typeof trayMenuKeys)[number];

/** The tray's title, tooltip and menu for one unread count. */
export interface TrayMenuModel {
  /** Text beside the icon where the desktop shows one: the unread count, or empty for none. */
  title: string;
  tooltip: string;
  items: { key: TrayMenuKey; title: string; tooltip: string }[];
}

/**
 * Builds the tray's title, tooltip and menu. `unreadLabel` is the list's unread label ("3",
 * "999+"); "0" and null (nothing fetched yet) show no number.
 */
export function trayMenuFor(unreadLabel: string | null): TrayMenuModel {
  const count = unreadLabel === null || unreadLabel === '0' ? null : unreadLabel;
  return {
    title: count ?? '',
    tooltip: count === null ? 'Atlassify: nothing unread' : `Atlassify: ${count} unread`,
    items: [
      { key: 'open', title: 'Open Atlassify', tooltip: 'Open the Atlassify window' },
      { key: 'refresh', title: 'Refresh', tooltip: 'Fetch notifications now' },
      { key: 'quit', title: 'Quit Atlassify', tooltip: 'Stop Atlassify' },
    ],
  };
}
