import { useState } from 'react';

import { resolveLanguage } from '../i18n/catalogs.ts';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { StartupScreen } from './StartupScreen.tsx';
import { StoppedScreen } from './StoppedScreen.tsx';
import { useSnapshot } from './use-snapshot.ts';
import { Workspace } from './Workspace.tsx';

/**
 * Renders the app window: a spinner or load error until the engine's first snapshot, the screens
 * after it, and a closing message once the user quit the engine.
 */
export function App() {
  const { snapshot, loadError, connection, reload } = useSnapshot();
  const [stopped, setStopped] = useState(false);

  if (stopped || !snapshot?.settings || !snapshot.view || !snapshot.filters) {
    return (
      <I18nProvider language={resolveLanguage(snapshot?.settings?.language)}>
        {stopped ? (
          <StoppedScreen demo={snapshot?.demo ?? false} />
        ) : (
          <StartupScreen error={loadError} onRetry={() => void reload()} />
        )}
      </I18nProvider>
    );
  }

  return (
    <Workspace
      snapshot={snapshot}
      settings={snapshot.settings}
      filters={snapshot.filters}
      connection={connection}
      reload={reload}
      onStopped={() => setStopped(true)}
    />
  );
}
