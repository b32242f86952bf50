import Button from '@atlaskit/button/new';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';

import type { FilterCounts, FilterDimension } from '../api/contract.ts';
import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { productName } from '../notifications/products.ts';
import { FilterGroup } from './FilterGroup.tsx';
import { useFilters } from './use-filters.ts';

const gridStyles = xcss({
  display: 'grid',
  gridTemplateColumns: 'repeat(auto-fill, minmax(220px, 1fr))',
  gap: 'space.300',
});

const dimensionTitles: Record<FilterDimension, MessageKey> = {
  engagements: 'filters.engagements',
  categories: 'filters.categories',
  actorKinds: 'filters.actorKinds',
  readStates: 'filters.readStates',
  products: 'filters.products',
};

const dimensionOrder: FilterDimension[] = [
  'engagements',
  'categories',
  'actorKinds',
  'readStates',
  'products',
];

interface FiltersScreenProps {
  counts: FilterCounts | undefined;
  focusTitle: boolean;
}

/**
 * The list filters: per dimension a checkbox and row count for each value. Values of one
 * dimension widen the list, dimensions narrow it. Changes apply without fetching again.
 */
export function FiltersScreen({ counts, focusTitle }: FiltersScreenProps) {
  const { t } = useI18n();
  const { filters, setDimension, clear, error } = useFilters();
  const active = dimensionOrder.some((dimension) => filters[dimension].length > 0);

  const labelOf = (dimension: FilterDimension, value: string): string =>
    dimension === 'products' ? productName(value, t) : t(`filters.value.${value}` as MessageKey);

  return (
    <ScreenLayout
      title={t('filters.title')}
      focusTitle={focusTitle}
      aside={
        <Button onClick={() => void clear()} isDisabled={!active}>
          {t('filters.clear')}
        </Button>
      }
    >
      <Stack space="space.300">
        <Text as="p" color="color.text.subtle">
          {t('filters.intro')}
        </Text>
        {error ? <ApiErrorMessage title={t('filters.failed')} error={error} /> : null}
        <Box xcss={gridStyles}>
          {dimensionOrder.map((dimension) => {
            const perValue = (counts?.[dimension] ?? {}) as Record<string, number>;
            return (
              <FilterGroup
                key={dimension}
                dimension={dimension}
                title={t(dimensionTitles[dimension])}
                values={Object.keys(perValue).map((value) => ({
                  value,
                  label: labelOf(dimension, value),
                  count: perValue[value] ?? 0,
                }))}
                selected={filters[dimension]}
                onChange={(values) => void setDimension(dimension, values)}
              />
            );
          })}
        </Box>
      </Stack>
    </ScreenLayout>
  );
}
