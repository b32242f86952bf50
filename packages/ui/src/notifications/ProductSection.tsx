import { Box, Stack } from '@atlaskit/primitives';
import { useId } from 'react';

import type { ProductGroupView } from '../api/contract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { productName } from './products.ts';
import { SectionHeader } from './SectionHeader.tsx';
import { VirtualFeed } from './VirtualFeed.tsx';

interface ProductSectionProps {
  group: ProductGroupView;
  busy: boolean;
  unreadCount: number;
  onMarkProductRead: (() => void) | null;
  collapsed: boolean;
  onToggleCollapsed: () => void;
}

/** One product's rows of an account, under the product name, its count and its actions. */
export function ProductSection(props: ProductSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const regionId = useId();
  const rowCount = props.group.ids.length;

  return (
    <Stack space="space.050" testId="product-section">
      <SectionHeader
        headingId={headingId}
        level="h3"
        name={productName(props.group.product, t)}
        countLabel={String(rowCount)}
        countText={t('notifications.items', { count: rowCount })}
        highlight={props.unreadCount > 0}
        markAllLabel={t('notifications.markProductRead')}
        onMarkAll={props.onMarkProductRead}
        collapsed={props.collapsed}
        onToggleCollapsed={props.onToggleCollapsed}
        controls={regionId}
      />
      <Box id={regionId}>
        {props.collapsed ? null : (
          <VirtualFeed ids={props.group.ids} labelledBy={headingId} busy={props.busy} />
        )}
      </Box>
    </Stack>
  );
}
