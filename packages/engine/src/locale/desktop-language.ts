import type { Settings } from '../settings/settings.ts';

/** The languages of what the engine shows on the desktop (tray, alerts), the same as the window's. */
export type DesktopLanguage = Exclude<Settings['language'], 'system'>;

const desktopLanguages: readonly DesktopLanguage[] = ['en', 'de', 'es', 'fr'];

/**
 * Returns the desktop language for the `language` setting. `system` reads the locale variables
 * (LC_ALL, LC_MESSAGES, LANG) by their primary subtag, such as `de` in `de_AT.UTF-8`, and falls
 * back to English.
 */
export function desktopLanguageFor(
  setting: Settings['language'],
  env: NodeJS.ProcessEnv = process.env,
): DesktopLanguage {
  if (setting !== 'system') {
    return setting;
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const primary = locale.toLowerCase().split(/[_.@-]/)[0] ?? '';
  return desktopLanguages.find((language) => language === primary) ?? 'en';
}
