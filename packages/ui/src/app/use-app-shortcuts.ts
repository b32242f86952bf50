import { api } from '../api/client.ts';
import { useSettings } from '../settings/use-settings.ts';
import { useShortcuts } from '../shell/use-shortcuts.ts';
import type { Route } from './route.ts';

/** Atlassian's own notifications page, which `n` opens in the browser. */
export const atlassianNotificationsUrl = 'https://home.atlassian.com/notifications';

interface AppShortcutOptions {
  route: Route;
  navigate: (route: Route) => void;
  hasAccounts: boolean;
  onQuit: () => void;
}

/**
 * Binds the window's single-key shortcuts. `a` opens Accounts from Settings; on a focused row the
 * row itself handles `a` (toggle read) first. `q` quits from Settings or while signed out.
 */
export function useAppShortcuts({ route, navigate, hasAccounts, onQuit }: AppShortcutOptions) {
  const { settings, update } = useSettings();
  const signedIn = (action: () => void) => (hasAccounts ? action : undefined);
  const toggleScreen = (screen: Route) => () =>
    navigate(route === screen ? 'notifications' : screen);

  useShortcuts({
    h: () => navigate('notifications'),
    n: signedIn(() => {
      // The engine opens it as it opens items, so BROWSER and "Open links" apply. When it cannot,
      // the window's own browser still shows the page.
      void api.openNotificationsPage().catch(() => {
        window.open(atlassianNotificationsUrl, '_blank', 'noopener,noreferrer');
      });
    }),
    u: signedIn(() => void update({ fetchOnlyUnread: !settings.fetchOnlyUnread })),
    p: signedIn(() => void update({ groupByProduct: !settings.groupByProduct })),
    t: signedIn(() => void update({ groupByTitle: !settings.groupByTitle })),
    f: signedIn(toggleScreen('filters')),
    r: signedIn(() => {
      navigate('notifications');
      void api.refresh().catch(() => {
        // A failed poll shows in the list; only the request to start it failed here.
      });
    }),
    s: toggleScreen('settings'),
    a: route === 'settings' && hasAccounts ? () => navigate('accounts') : undefined,
    q:
      route === 'settings' || !hasAccounts
        ? () => void api.quit().then(onQuit, () => {})
        : undefined,
    Escape:
      route === 'notifications'
        ? undefined
        : () => navigate(route === 'add-account' && hasAccounts ? 'accounts' : 'notifications'),
  });
}
