import { useRef, useState } from 'react';

import { AccountsScreen } from '../accounts/AccountsScreen.tsx';
import type { Snapshot } from '../api/contract.ts';
import { FiltersScreen } from '../filters/FiltersScreen.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { LandingScreen } from '../landing/LandingScreen.tsx';
import { LoginScreen } from '../login/LoginScreen.tsx';
import { NotificationsScreen } from '../notifications/NotificationsScreen.tsx';
import { SettingsScreen } from '../settings/SettingsScreen.tsx';
import { useUnreadIndicators } from '../shell/use-unread-indicators.ts';
import { NavContext } from './nav-context.ts';
import { type Route, resolveScreen, type SignInPrefill, useHashRoute } from './route.ts';
import { useAppShortcuts } from './use-app-shortcuts.ts';

interface ScreensProps {
  snapshot: Snapshot;
  reload: () => Promise<Snapshot | null>;
  onStopped: () => void;
}

/** Shows the screen of the current route, and keeps the unread count in the title and icon. */
export function Screens({ snapshot, reload, onStopped }: ScreensProps) {
  const { t } = useI18n();
  const [route, setRoute] = useHashRoute();
  // After the first navigation, each new screen moves focus to its title.
  const navigated = useRef(false);
  const [prefill, setPrefill] = useState<SignInPrefill | null>(null);
  const hasAccounts = snapshot.accounts.length > 0;
  const view = snapshot.view;

  const navigate = (next: Route) => {
    navigated.current = true;
    if (next !== 'add-account') {
      setPrefill(null);
    }
    setRoute(next);
  };
  /** Opens Add account on the tab an existing account needs, with its email filled in. */
  const signInTo = (next: SignInPrefill) => {
    navigated.current = true;
    setPrefill(next);
    setRoute('add-account');
  };

  useUnreadIndicators(view?.unreadCount ?? 0, view?.unreadLabel ?? '0', t('app.name'));
  useAppShortcuts({ route, navigate, hasAccounts, onQuit: onStopped });

  const screen = resolveScreen(route, snapshot.accounts.length);
  const focusTitle = navigated.current;
  // A new account must be in the snapshot before the list opens, or the window would fall back
  // to the landing screen for a moment.
  const openFeedAfterSignIn = async () => {
    await reload();
    navigate('notifications');
  };

  return (
    <NavContext.Provider value={{ route, navigate, hasAccounts }}>
      {screen === 'landing' ? (
        <LandingScreen focusTitle={focusTitle} onAddAccount={() => navigate('add-account')} />
      ) : null}
      {screen === 'notifications' ? (
        <NotificationsScreen snapshot={snapshot} focusTitle={focusTitle} onSignIn={signInTo} />
      ) : null}
      {screen === 'filters' ? (
        <FiltersScreen counts={view?.filterCounts} focusTitle={focusTitle} />
      ) : null}
      {screen === 'settings' ? (
        <SettingsScreen
          version={snapshot.version}
          hasAccounts={hasAccounts}
          focusTitle={focusTitle}
          onOpenAccounts={() => navigate('accounts')}
          onResetEverything={() => void reload().then(() => navigate('notifications'))}
          onQuit={onStopped}
        />
      ) : null}
      {screen === 'accounts' ? (
        <AccountsScreen
          accounts={snapshot.accounts}
          focusTitle={focusTitle}
          onAddAccount={() => navigate('add-account')}
          onSignIn={signInTo}
          onSignedOut={() => void reload()}
        />
      ) : null}
      {screen === 'add-account' ? (
        <LoginScreen
          isWelcome={false}
          focusTitle={focusTitle}
          oauth={snapshot.oauth}
          prefill={prefill}
          onSignedIn={openFeedAfterSignIn}
          onCancel={() => navigate('accounts')}
        />
      ) : null}
    </NavContext.Provider>
  );
}
