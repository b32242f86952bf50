import type { ReactNode } from 'react';

import type { Snapshot } from '../src/api/contract.ts';
import { FiltersContext, useFiltersControl } from '../src/filters/use-filters.ts';
import { SettingsContext, useSettingsControl } from '../src/settings/use-settings.ts';

/** Gives a screen under test the settings and filters of `snapshot`, as the app window does. */
export function WindowProviders({
  snapshot,
  children,
}: {
  snapshot: Snapshot;
  children: ReactNode;
}) {
  const settings = useSettingsControl(snapshot.settings ?? ({} as never));
  const filters = useFiltersControl(snapshot.filters ?? ({} as never));
  return (
    <SettingsContext.Provider value={settings}>
      <FiltersContext.Provider value={filters}>{children}</FiltersContext.Provider>
    </SettingsContext.Provider>
  );
}
