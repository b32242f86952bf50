import Badge from '@atlaskit/badge';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack } from '@atlaskit/primitives';
import { useId } from 'react';

import type { Notification } from '../api/contract.ts';
import { VisuallyHidden } from '../components/VisuallyHidden.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { ProductGroup } from './group.ts';
import { NotificationRow } from './NotificationRow.tsx';

interface ProductSectionProps {
  group: ProductGroup;
  now: Date;
  onToggleRead: (notification: Notification) => void;
  onOpen: (notification: Notification) => void;
}

/** Shows one product's rows of an account feed under the product name and its row count. */
export function ProductSection({ group, now, onToggleRead, onOpen }: ProductSectionProps) {
  const { t } = useI18n();
  const headingId = useId();
  const count = group.notifications.length;

  return (
    <Stack space="space.050">
      <Heading size="xsmall" as="h3" id={headingId}>
        <Inline space="space.100" alignBlock="center" as="span">
          <span>{group.name}</span>
          <span aria-hidden="true">
            <Badge>{count}</Badge>
          </span>
          <VisuallyHidden>{t('notifications.items', { count })}</VisuallyHidden>
        </Inline>
      </Heading>
      <Box role="feed" aria-labelledby={headingId}>
        {group.notifications.map((notification) => (
          <NotificationRow
            key={notification.id}
            notification={notification}
            now={now}
            onToggleRead={onToggleRead}
            onOpen={onOpen}
          />
        ))}
      </Box>
    </Stack>
  );
}
