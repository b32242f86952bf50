import { Text } from '@atlaskit/primitives';

import { useI18n } from '../i18n/I18nProvider.tsx';
import { RadioSetting } from './RadioSetting.tsx';
import { SettingCheckbox } from './SettingCheckbox.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettings } from './use-settings.ts';

/** Renders the tray icon settings: the count, and the icon with and without unread items. */
export function TraySettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();

  return (
    <SettingsSection title={t('settings.tray')}>
      <Text as="p" color="color.text.subtle">
        {t('settings.trayHelp')}
      </Text>
      <SettingCheckbox name="showCountInTray" label={t('settings.showCountInTray')} />
      <RadioSetting
        name="trayUnreadIcon"
        legend={t('settings.trayUnreadIcon')}
        value={settings.trayUnreadIcon}
        options={[
          { value: 'highlighted', label: t('settings.trayUnreadIconHighlighted') },
          { value: 'stealth', label: t('settings.trayUnreadIconStealth') },
        ]}
        onChange={(trayUnreadIcon) => void update({ trayUnreadIcon })}
      />
      <RadioSetting
        name="trayIdleIcon"
        legend={t('settings.trayIdleIcon')}
        value={settings.trayIdleIcon}
        options={[
          { value: 'default', label: t('settings.trayIdleIconDefault') },
          { value: 'white', label: t('settings.trayIdleIconWhite') },
        ]}
        onChange={(trayIdleIcon) => void update({ trayIdleIcon })}
      />
    </SettingsSection>
  );
}
