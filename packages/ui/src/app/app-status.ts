import { createContext, useContext } from 'react';

import type { ConnectionState } from './use-snapshot.ts';

/** Engine-wide facts every screen's frame shows. */
export interface AppStatus {
  demo: boolean;
  connection: ConnectionState;
}

export const AppStatusContext = createContext<AppStatus>({ demo: false, connection: 'open' });

export function useAppStatus(): AppStatus {
  return useContext(AppStatusContext);
}
