import { createContext, useContext } from 'react';

import type { Route } from './route.ts';

/** The current route, how to change it, and whether any account exists (for the nav bar). */
export interface Navigation {
  route: Route;
  navigate: (route: Route) => void;
  hasAccounts: boolean;
}

export const NavContext = createContext<Navigation>({
  route: 'notifications',
  navigate: () => {},
  hasAccounts: false,
});

export function useNavigation(): Navigation {
  return useContext(NavContext);
}
