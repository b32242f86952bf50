import { Stack } from '@atlaskit/primitives';

import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AppearanceSettings } from './AppearanceSettings.tsx';
import { NotificationSettings } from './NotificationSettings.tsx';
import { SettingsFooter } from './SettingsFooter.tsx';
import { ShortcutList } from './ShortcutList.tsx';
import { SystemSettings } from './SystemSettings.tsx';
import { TraySettings } from './TraySettings.tsx';
import { useSettings } from './use-settings.ts';

interface SettingsScreenProps {
  version: string;
  hasAccounts: boolean;
  focusTitle: boolean;
  onOpenAccounts: () => void;
  onResetEverything: () => void;
  onQuit: () => void;
}

/** Every setting, applied as it changes, the keyboard shortcuts, resets and Quit. */
export function SettingsScreen(props: SettingsScreenProps) {
  const { t } = useI18n();
  const { error, dismissError } = useSettings();

  return (
    <ScreenLayout title={t('settings.title')} focusTitle={props.focusTitle}>
      <Stack space="space.300">
        {error ? (
          <ApiErrorMessage
            title={t('settings.saveFailed')}
            error={error}
            onDismiss={dismissError}
          />
        ) : null}
        <AppearanceSettings />
        <NotificationSettings />
        <SystemSettings />
        <TraySettings />
        <ShortcutList />
        <SettingsFooter
          version={props.version}
          hasAccounts={props.hasAccounts}
          onOpenAccounts={props.onOpenAccounts}
          onResetEverything={props.onResetEverything}
          onQuit={props.onQuit}
        />
      </Stack>
    </ScreenLayout>
  );
}
