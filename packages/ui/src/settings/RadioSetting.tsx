import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { RadioGroup } from '@atlaskit/radio';
import { useId } from 'react';

const fieldsetStyles = xcss({ borderStyle: 'none', margin: 'space.0', padding: 'space.0' });

interface RadioSettingProps<T extends string> {
  name: string;
  legend: string;
  value: T;
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T) => void;
}

/** A choice of one value from a few, as radio buttons under a legend. */
export function RadioSetting<T extends string>(props: RadioSettingProps<T>) {
  const legendId = useId();
  return (
    <Box as="fieldset" xcss={fieldsetStyles}>
      <Stack space="space.050">
        <legend id={legendId}>
          <Text weight="medium">{props.legend}</Text>
        </legend>
        <RadioGroup
          name={props.name}
          value={props.value}
          options={props.options.map((option) => ({ ...option, name: props.name }))}
          aria-labelledby={legendId}
          onChange={(event) => props.onChange(event.currentTarget.value as T)}
        />
      </Stack>
    </Box>
  );
}
