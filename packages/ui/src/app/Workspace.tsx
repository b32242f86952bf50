import type { FilterState, Settings, Snapshot } from '../api/contract.ts';
import { FiltersContext, useFiltersControl } from '../filters/use-filters.ts';
import { resolveLanguage } from '../i18n/catalogs.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { SettingsContext, useSettingsControl } from '../settings/use-settings.ts';
import { useAppearance } from '../shell/use-appearance.ts';
import { AppStatusContext } from './app-status.ts';
import { Screens } from './Screens.tsx';
import type { ConnectionState } from './use-snapshot.ts';

interface WorkspaceProps {
  snapshot: Snapshot;
  settings: Settings;
  filters: FilterState;
  connection: ConnectionState;
  reload: () => Promise<Snapshot | null>;
  onStopped: () => void;
}

/**
 * Provides the settings, filters, language, theme and zoom of the engine's snapshot to every
 * screen. A language change re-renders every string at once, error messages included.
 */
export function Workspace({
  snapshot,
  settings,
  filters,
  connection,
  reload,
  onStopped,
}: WorkspaceProps) {
  const settingsControl = useSettingsControl(settings);
  const filtersControl = useFiltersControl(filters);
  const current = settingsControl.settings;
  const language = resolveLanguage(current.language);
  useAppearance(current.theme, current.zoomPercentage);
  document.documentElement.lang = language;

  return (
    <I18nProvider language={language}>
      <SettingsContext.Provider value={settingsControl}>
        <FiltersContext.Provider value={filtersControl}>
          <AppStatusContext.Provider value={{ demo: snapshot.demo, connection }}>
            <Screens snapshot={snapshot} reload={reload} onStopped={onStopped} />
          </AppStatusContext.Provider>
        </FiltersContext.Provider>
      </SettingsContext.Provider>
    </I18nProvider>
  );
}
