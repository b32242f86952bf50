import { z } from 'zod';

/** Minimum poll interval, in seconds, so that several accounts stay far below Atlassian's limits. */
export const minPollIntervalSeconds = 30;
/** Maximum poll interval, in seconds: one hour. */
export const maxPollIntervalSeconds = 3_600;

/** Window themes. */
export const themes = ['system', 'light', 'dark'] as const;
/** Window languages: the four catalogs, or the browser's preference. */
export const languageSettings = ['system', 'en', 'de', 'es', 'fr'] as const;
export const openLinksModes = ['foreground', 'background'] as const;
/** The tray icon while items are unread: its own colour, or the idle icon. */
export const trayUnreadIcons = ['highlighted', 'stealth'] as const;
/** The tray icon with nothing unread: dark for light panels, or white for dark panels. */
export const trayIdleIcons = ['default', 'white'] as const;
export const minZoomPercentage = 50;
export const maxZoomPercentage = 150;

const fields = {
  /** Show the list in sections per product. */
  groupByProduct: z.boolean(),
  /** Order product sections by name ("Other" last) instead of by their newest item. */
  groupByProductAlphabetically: z.boolean(),
  /** Let the server group related items under one head item (changes the request). */
  groupByTitle: z.boolean(),
  /** Fetch unread items only (changes the request). */
  fetchOnlyUnread: z.boolean(),
  /** Mark an item read when it is opened. */
  markAsReadOnOpen: z.boolean(),
  /** Keep items marked read in an unread-only list until the next refresh. */
  keepActionedVisible: z.boolean(),
  /** Seconds between polls of each account. */
  pollIntervalSeconds: z.number().int().min(minPollIntervalSeconds).max(maxPollIntervalSeconds),
  /** Raise a desktop notification for new unread items. */
  desktopAlerts: z.boolean(),
  /** Play a sound with desktop notifications. */
  playSound: z.boolean(),
  /** Sound volume in percent, 0 to 100. */
  volume: z.number().int().min(0).max(100),
  /** The window's colour theme; `system` follows the operating system, also when it changes. */
  theme: z.enum(themes),
  /** The window's zoom in percent, in steps of 10. */
  zoomPercentage: z.number().int().min(minZoomPercentage).max(maxZoomPercentage),
  /** The window's language; `system` uses the browser's preferred languages. */
  language: z.enum(languageSettings),
  /** Show the account header above a single account's list (it always shows with two or more). */
  showAccountHeader: z.boolean(),
  /**
   * Open links in the foreground or leave the browser behind the window. NOTE: only the macOS
   * opener of the `open` package can open in the background; elsewhere links open in front.
   */
  openLinks: z.enum(openLinksModes),
  /** Start Atlassify when the user logs in; off until the user turns it on. */
  launchAtLogin: z.boolean(),
  /** Show the unread count beside the tray icon, where the desktop shows text there. */
  showCountInTray: z.boolean(),
  trayUnreadIcon: z.enum(trayUnreadIcons),
  trayIdleIcon: z.enum(trayIdleIcons),
};

export type Settings = { [K in keyof typeof fields]: z.output<(typeof fields)[K]> };

export const defaultSettings: Settings = {
  groupByProduct: false,
  groupByProductAlphabetically: false,
  groupByTitle: true,
  fetchOnlyUnread: true,
  markAsReadOnOpen: true,
  keepActionedVisible: false,
  pollIntervalSeconds: 60,
  desktopAlerts: true,
  playSound: true,
  volume: 20,
  theme: 'light',
  zoomPercentage: 100,
  language: 'system',
  showAccountHeader: true,
  openLinks: 'foreground',
  launchAtLogin: false,
  showCountInTray: true,
  trayUnreadIcon: 'highlighted',
  trayIdleIcon: 'default',
};

/**
 * Validates stored settings. A missing field takes its default, so a file written by an older
 * version stays readable. A field with an invalid value marks the file corrupt.
 */
export const settingsSchema = z.object({
  groupByProduct: fields.groupByProduct.default(defaultSettings.groupByProduct),
  groupByProductAlphabetically: fields.groupByProductAlphabetically.default(
    defaultSettings.groupByProductAlphabetically,
  ),
  groupByTitle: fields.groupByTitle.default(defaultSettings.groupByTitle),
  fetchOnlyUnread: fields.fetchOnlyUnread.default(defaultSettings.fetchOnlyUnread),
  markAsReadOnOpen: fields.markAsReadOnOpen.default(defaultSettings.markAsReadOnOpen),
  keepActionedVisible: fields.keepActionedVisible.default(defaultSettings.keepActionedVisible),
  pollIntervalSeconds: fields.pollIntervalSeconds.default(defaultSettings.pollIntervalSeconds),
  desktopAlerts: fields.desktopAlerts.default(defaultSettings.desktopAlerts),
  playSound: fields.playSound.default(defaultSettings.playSound),
  volume: fields.volume.default(defaultSettings.volume),
  theme: fields.theme.default(defaultSettings.theme),
  zoomPercentage: fields.zoomPercentage.default(defaultSettings.zoomPercentage),
  language: fields.language.default(defaultSettings.language),
  showAccountHeader: fields.showAccountHeader.default(defaultSettings.showAccountHeader),
  openLinks: fields.openLinks.default(defaultSettings.openLinks),
  launchAtLogin: fields.launchAtLogin.default(defaultSettings.launchAtLogin),
  showCountInTray: fields.showCountInTray.default(defaultSettings.showCountInTray),
  trayUnreadIcon: fields.trayUnreadIcon.default(defaultSettings.trayUnreadIcon),
  trayIdleIcon: fields.trayIdleIcon.default(defaultSettings.trayIdleIcon),
});

/** Validates a change request: any subset of the fields, and no unknown field. */
export const settingsPatchSchema = z.strictObject(fields).partial();

export type SettingsPatch = z.output<typeof settingsPatchSchema>;

/** The settings whose change alters the feed request, so the feed is fetched again. */
export const refetchSettings = ['fetchOnlyUnread', 'groupByTitle'] as const satisfies ReadonlyArray<
  keyof Settings
>;
