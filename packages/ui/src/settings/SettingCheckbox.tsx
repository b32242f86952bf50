import { Checkbox } from '@atlaskit/checkbox';
import { Stack, Text } from '@atlaskit/primitives';
import { useId } from 'react';

import type { Settings } from '../api/contract.ts';
import { useSettings } from './use-settings.ts';

type BooleanSetting = {
  [K in keyof Settings]: Settings[K] extends boolean ? K : never;
}[keyof Settings];

interface SettingCheckboxProps {
  name: BooleanSetting;
  label: string;
  help?: string;
  isDisabled?: boolean;
}

/** A checkbox bound to one on/off setting, with an optional help line. */
export function SettingCheckbox({ name, label, help, isDisabled }: SettingCheckboxProps) {
  const { settings, update } = useSettings();
  const helpId = useId();

  return (
    <Stack space="space.025">
      <Checkbox
        name={name}
        label={label}
        isChecked={settings[name]}
        isDisabled={isDisabled}
        aria-describedby={help ? helpId : undefined}
        onChange={(event) => void update({ [name]: event.currentTarget.checked })}
        testId={`setting-${name}`}
      />
      {help ? (
        <Text id={helpId} size="small" color="color.text.subtle">
          {help}
        </Text>
      ) : null}
    </Stack>
  );
}
