import Button from '@atlaskit/button/new';
import { Checkbox } from '@atlaskit/checkbox';
import { Label } from '@atlaskit/form';
import { Inline, Stack } from '@atlaskit/primitives';
import Range from '@atlaskit/range';

import { useAppStatus } from '../app/app-status.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { RadioSetting } from './RadioSetting.tsx';
import { SettingCheckbox } from './SettingCheckbox.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { useSettings } from './use-settings.ts';

const defaultVolume = 20;

/**
 * Opening links, desktop notifications, sound and volume, and launch at login. Launch at login is
 * off until the user turns it on, and hidden in the demo, which has no login entry to write.
 */
export function SystemSettings() {
  const { t } = useI18n();
  const { settings, update } = useSettings();
  const { demo } = useAppStatus();
  const launchAtLogin = demo ? undefined : settings.launchAtLogin;

  return (
    <SettingsSection title={t('settings.system')}>
      <RadioSetting
        name="openLinks"
        legend={t('settings.openLinks')}
        value={settings.openLinks}
        options={[
          { value: 'foreground', label: t('settings.openLinksForeground') },
          { value: 'background', label: t('settings.openLinksBackground') },
        ]}
        onChange={(openLinks) => void update({ openLinks })}
      />
      <SettingCheckbox name="desktopAlerts" label={t('settings.desktopAlerts')} />
      <SettingCheckbox name="playSound" label={t('settings.playSound')} />
      {settings.playSound ? (
        <Stack space="space.050">
          <Label htmlFor="volume-range">{t('settings.volume', { volume: settings.volume })}</Label>
          <Inline space="space.100" alignBlock="center">
            <Range
              id="volume-range"
              min={0}
              max={100}
              step={10}
              value={settings.volume}
              onChange={(volume) => void update({ volume })}
            />
            <Button
              appearance="subtle"
              isDisabled={settings.volume === defaultVolume}
              onClick={() => void update({ volume: defaultVolume })}
            >
              {t('settings.volumeReset')}
            </Button>
          </Inline>
        </Stack>
      ) : null}
      {launchAtLogin === undefined ? null : (
        <Checkbox
          name="launchAtLogin"
          label={t('settings.launchAtLogin')}
          isChecked={launchAtLogin}
          onChange={(event) =>
            void update({ launchAtLogin: event.currentTarget.checked } as Record<string, boolean>)
          }
          testId="setting-launchAtLogin"
        />
      )}
    </SettingsSection>
  );
}
