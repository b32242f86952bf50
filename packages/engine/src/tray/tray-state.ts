import { desktopLanguageFor } from '../locale/desktop-language.ts';
import type { Snapshot } from '../server/contract.ts';
import { defaultSettings } from '../settings/settings.ts';
import type { TrayHealth, TrayState } from './tray-menu.ts';

/**
 * Returns what the tray shows for an engine snapshot. `env` is read for the language when the
 * `language` setting is `system`.
 */
export function trayStateOf(snapshot: Snapshot, env: NodeJS.ProcessEnv = process.env): TrayState {
  const settings = snapshot.settings ?? defaultSettings;
  return {
    unreadLabel: snapshot.view?.unreadLabel ?? null,
    health: healthOf(snapshot),
    language: desktopLanguageFor(settings.language, env),
    settings: {
      showCountInTray: settings.showCountInTray,
      trayUnreadIcon: settings.trayUnreadIcon,
      trayIdleIcon: settings.trayIdleIcon,
    },
  };
}

/**
 * Returns `offline` when every feed's last poll failed to reach Atlassian, `error` when a feed
 * failed otherwise or an account needs its user, and `ok` when neither holds.
 */
function healthOf(snapshot: Snapshot): TrayHealth {
  const feeds = snapshot.feeds;
  if (feeds.length > 0 && feeds.every((feed) => feed.connection === 'offline')) {
    return 'offline';
  }
  const failing = feeds.some((feed) => feed.status === 'error');
  const needsUser = snapshot.accounts.some((account) => account.status !== 'ok');
  return failing || needsUser ? 'error' : 'ok';
}
