import { useI18n } from '../i18n/I18nProvider.tsx';
import { SettingCheckbox } from './SettingCheckbox.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettings } from './use-settings.ts';

/** What the list fetches and shows, and what marking and opening do. */
export function NotificationSettings() {
  const { t } = useI18n();
  const { settings } = useSettings();

  return (
    <SettingsSection title={t('settings.notifications')}>
      <SettingCheckbox name="fetchOnlyUnread" label={t('settings.fetchOnlyUnread')} />
      <SettingCheckbox name="markAsReadOnOpen" label={t('settings.markAsReadOnOpen')} />
      <SettingCheckbox
        name="keepActionedVisible"
        label={t('settings.keepActionedVisible')}
        help={t('settings.keepActionedVisibleHelp')}
      />
      <SettingCheckbox name="groupByProduct" label={t('settings.groupByProduct')} />
      <SettingCheckbox
        name="groupByProductAlphabetically"
        label={t('settings.groupByProductAlphabetically')}
        isDisabled={!settings.groupByProduct}
      />
      <SettingCheckbox
        name="groupByTitle"
        label={t('settings.groupByTitle')}
        help={t('settings.groupByTitleHelp')}
      />
    </SettingsSection>
  );
}
