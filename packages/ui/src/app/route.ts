import { useCallback, useEffect, useState } from 'react';

export type Route = 'notifications' | 'filters' | 'settings' | 'accounts' | 'add-account';

/**
 * Start values of Add account for a known account: the tab of its sign-in method, and the email
 * that the API Token tab fills in.
 */
export interface SignInPrefill {
  method: 'api-token' | 'oauth';
  email: string;
}

/** The screen the window shows: a route, or the landing screen while no account exists. */
export type Screen = Route | 'landing';

const routes: readonly Route[] = [
  'notifications',
  'filters',
  'settings',
  'accounts',
  'add-account',
];

/** Reads a route from a location hash such as `#/accounts`. Anything else is the feed. */
export function parseRoute(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return routes.find((route) => route === name) ?? 'notifications';
}

/**
 * Without an account every route leads to the landing screen, except Add account and Settings,
 * which work without one.
 */
export function resolveScreen(route: Route, accountCount: number): Screen {
  if (accountCount > 0 || route === 'add-account' || route === 'settings') {
    return route;
  }
  return 'landing';
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
