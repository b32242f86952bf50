import { useCallback, useEffect, useState } from 'react';

export type Route = 'notifications' | 'accounts' | 'add-account';

/**
 * Start values of Add account for a known account: the tab of its sign-in method, and the email
 * that the API Token tab fills in.
 */
export interface SignInPrefill {
  method: 'api-token' | 'oauth';
  email: string;
}

/** The screen the window shows: a route, or the welcome sign-in while no account exists. */
export type Screen = Route | 'welcome';

const routes: readonly Route[] = ['notifications', 'accounts', 'add-account'];

/** Reads a route from a location hash such as `#/accounts`. Anything else is the feed. */
export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return routes.find((route) => route === name) ?? 'notifications';
}

/** Without an account every route leads to the welcome sign-in. */
export function resolveScreen(route: Route, accountCount: number): Screen {
  return accountCount === 0 ? 'welcome' : route;
}

/** Keeps the route in the location hash, so Back and Forward work and a reload keeps the screen. */
export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: Route) => {
    window.location.hash = `#/${next}`;
    setRoute(next);
  }, []);

  return [route, navigate];
}
