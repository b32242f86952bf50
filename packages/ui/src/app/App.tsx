import { useRef, useState } from 'react';

import { AccountsScreen } from '../accounts/AccountsScreen.tsx';
import { LoginScreen } from '../login/LoginScreen.tsx';
import { NotificationsScreen } from '../notifications/NotificationsScreen.tsx';
import { AppStatusContext } from './app-status.ts';
import { type Route, resolveScreen, type SignInPrefill, useHashRoute } from './route.ts';
import { StartupScreen } from './StartupScreen.tsx';
import { useSnapshot } from './use-snapshot.ts';

/** Renders the app window, which loads the engine state and shows the screen for the route. */
export function App() {
  const { snapshot, loadError, connection, reload } = useSnapshot();
  const [route, setRoute] = useHashRoute();
  // After the first navigation, each new screen moves focus to its title.
  const navigated = useRef(false);
  const [prefill, setPrefill] = useState<SignInPrefill | null>(null);
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

  if (!snapshot) {
    return <StartupScreen error={loadError} onRetry={() => void reload()} />;
  }

  const screen = resolveScreen(route, snapshot.accounts.length);
  const focusTitle = navigated.current;
  // A new account must be in the snapshot before the feed opens, or the window would fall back
  // to the welcome screen for a moment.
  const openFeedAfterSignIn = async () => {
    await reload();
    navigate('notifications');
  };

  return (
    <AppStatusContext.Provider value={{ demo: snapshot.demo, connection }}>
      {screen === 'notifications' ? (
        <NotificationsScreen
          accounts={snapshot.accounts}
          feeds={snapshot.feeds}
          focusTitle={focusTitle}
          onOpenAccounts={() => navigate('accounts')}
          onSignIn={signInTo}
        />
      ) : null}
      {screen === 'accounts' ? (
        <AccountsScreen
          accounts={snapshot.accounts}
          focusTitle={focusTitle}
          onOpenNotifications={() => navigate('notifications')}
          onAddAccount={() => navigate('add-account')}
          onSignIn={signInTo}
          onSignedOut={() => void reload()}
        />
      ) : null}
      {screen === 'welcome' || screen === 'add-account' ? (
        <LoginScreen
          isWelcome={screen === 'welcome'}
          focusTitle={focusTitle}
          oauth={snapshot.oauth}
          prefill={screen === 'add-account' ? prefill : null}
          onSignedIn={openFeedAfterSignIn}
          onCancel={() => navigate('accounts')}
        />
      ) : null}
    </AppStatusContext.Provider>
  );
}
