import { useEffect } from 'react';

import { unreadIconUrl } from './unread-icon.ts';

interface BadgingNavigator {
  setAppBadge?: (count?: number) => Promise<void>;
  clearAppBadge?: () => Promise<void>;
}

/**
 * Shows the unread count in the window title, the favicon and, when the window is installed as
 * an app, the app badge (Badging API; browsers without it are skipped).
 */
export function useUnreadIndicators(unreadCount: number, unreadLabel: string, appName: string) {
  useEffect(() => {
    document.title = unreadCount > 0 ? `(${unreadLabel}) ${appName}` : appName;

    let icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (!icon) {
      icon = document.createElement('link');
      icon.rel = 'icon';
      document.head.append(icon);
    }
    icon.href = unreadIconUrl(unreadCount > 0 ? unreadLabel : null);
    icon.dataset.unread = String(unreadCount);

    const badging = navigator as BadgingNavigator;
    const update = unreadCount > 0 ? badging.setAppBadge?.(unreadCount) : badging.clearAppBadge?.();
    // The Badging API rejects outside an installed app; the title and icon still show the count.
    update?.catch(() => {});
  }, [unreadCount, unreadLabel, appName]);
}
