import Badge from '@atlaskit/badge';
import { Checkbox } from '@atlaskit/checkbox';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';

import { VisuallyHidden } from '../components/VisuallyHidden.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

const fieldsetStyles = xcss({ borderStyle: 'none', margin: 'space.0', padding: 'space.0' });

interface FilterGroupProps {
  dimension: string;
  title: string;
  values: ReadonlyArray<{ value: string; label: string; count: number }>;
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

/** One filter dimension: a checkbox per value, with the number of rows the value would show. */
export function FilterGroup({ dimension, title, values, selected, onChange }: FilterGroupProps) {
  const { t } = useI18n();
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((item) => item !== value));

  return (
    <Box as="fieldset" xcss={fieldsetStyles} testId={`filter-${dimension}`}>
      <Stack space="space.100">
        <legend>
          <Heading size="xsmall" as="h2">
            {title}
          </Heading>
        </legend>
        {values.map((item) => (
          <Inline key={item.value} space="space.100" alignBlock="center">
            <Checkbox
              name={`${dimension}-${item.value}`}
              value={item.value}
              label={item.label}
              isChecked={selected.includes(item.value)}
              onChange={(event) => toggle(item.value, event.currentTarget.checked)}
            />
            <span aria-hidden="true">
              <Badge>{item.count}</Badge>
            </span>
            <VisuallyHidden>{t('filters.count', { count: item.count })}</VisuallyHidden>
          </Inline>
        ))}
      </Stack>
    </Box>
  );
}
