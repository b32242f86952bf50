import Button, { IconButton } from '@atlaskit/button/new';
import { Label } from '@atlaskit/form';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Select from '@atlaskit/select';

import type { Settings } from '../api/contract.ts';
import { AddIcon, MinusIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { RadioSetting } from './RadioSetting.tsx';
import { SettingCheckbox } from './SettingCheckbox.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettings } from './use-settings.ts';

const zoomStep = 10;
const minZoom = 50;
const maxZoom = 150;

/** Language names in their own language, so a user can find theirs whatever is shown. */
const languageNames: Record<Exclude<Settings['language'], 'system'>, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
};

/** Theme, zoom, language and the account header. */
export function AppearanceSettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const zoom = settings.zoomPercentage;
  const languageOptions = [
    { value: 'system' as const, label: t('settings.languageSystem') },
    ...(Object.keys(languageNames) as Array<keyof typeof languageNames>).map((value) => ({
      value,
      label: languageNames[value],
    })),
  ];

  return (
    <SettingsSection title={t('settings.appearance')}>
      <RadioSetting
        name="theme"
        legend={t('settings.theme')}
        value={settings.theme}
        options={[
          { value: 'system', label: t('settings.themeSystem') },
          { value: 'light', label: t('settings.themeLight') },
          { value: 'dark', label: t('settings.themeDark') },
        ]}
        onChange={(theme) => void update({ theme })}
      />
      <Stack space="space.050">
        <Text weight="medium" id="zoom-label">
          {t('settings.zoom')}
        </Text>
        <Inline space="space.100" alignBlock="center" role="group" aria-labelledby="zoom-label">
          <IconButton
            icon={MinusIcon}
            label={t('settings.zoomOut')}
            isDisabled={zoom <= minZoom}
            onClick={() => void update({ zoomPercentage: Math.max(minZoom, zoom - zoomStep) })}
          />
          <output aria-live="polite" data-testid="zoom-value">
            {t('settings.zoomValue', { zoom })}
          </output>
          <IconButton
            icon={AddIcon}
            label={t('settings.zoomIn')}
            isDisabled={zoom >= maxZoom}
            onClick={() => void update({ zoomPercentage: Math.min(maxZoom, zoom + zoomStep) })}
          />
          <Button
            appearance="subtle"
            isDisabled={zoom === 100}
            onClick={() => void update({ zoomPercentage: 100 })}
          >
            {t('settings.zoomReset')}
          </Button>
        </Inline>
      </Stack>
      <Stack space="space.050">
        <Label htmlFor="language-select">{t('settings.language')}</Label>
        <Select
          inputId="language-select"
          options={languageOptions}
          value={languageOptions.find((option) => option.value === settings.language)}
          onChange={(option) => option && void update({ language: option.value })}
          isSearchable={false}
          testId="language-select"
        />
      </Stack>
      <SettingCheckbox
        name="showAccountHeader"
        label={t('settings.showAccountHeader')}
        help={t('settings.showAccountHeaderHelp')}
      />
    </SettingsSection>
  );
}
