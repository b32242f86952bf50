import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';

import type { Notification } from '../api/contract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { pathTitleBesideEntity } from './path-line.ts';
import { productName } from './products.ts';
import { formatDateTime, formatRelativeTime } from './relative-time.ts';

const timeStyles = xcss({ flexShrink: 0, whiteSpace: 'nowrap' });

interface RowTextProps {
  notification: Notification;
  messageId: string;
  now: Date;
}

/** The text of a row: message and relative time, entity and path lines, and the group line. */
export function RowText({ notification, messageId, now }: RowTextProps) {
  const { t, language } = useI18n();
  const { entity, path, groupSize, additionalActors, readState } = notification;
  const unread = readState === 'unread';
  const extraCount = groupSize - 1;
  const extraActor = additionalActors[0]?.displayName;
  const pathTitle = pathTitleBesideEntity(path?.title, entity?.title);

  let groupLine: string | null = null;
  if (extraCount > 0) {
    groupLine = extraActor
      ? t(
          additionalActors.length > 1 ? 'notifications.groupFromOthers' : 'notifications.groupFrom',
          {
            count: extraCount,
            actor: extraActor,
          },
        )
      : t('notifications.groupOther', { count: extraCount });
  }

  return (
    <Stack space="space.050">
      <Inline space="space.100" spread="space-between" alignBlock="start">
        <Text
          id={messageId}
          weight={unread ? 'bold' : 'regular'}
          color={unread ? 'color.text' : 'color.text.subtle'}
          maxLines={3}
        >
          {notification.message}
        </Text>
        <Box xcss={timeStyles}>
          <Text size="small" color="color.text.subtle">
            <time
              dateTime={notification.timestamp}
              title={formatDateTime(notification.timestamp, language)}
            >
              {formatRelativeTime(notification.timestamp, now, language)}
            </time>
          </Text>
        </Box>
      </Inline>
      {entity?.title ? (
        <Text size="small" maxLines={2}>
          {entity.title}
        </Text>
      ) : null}
      <Text size="small" color="color.text.subtle" maxLines={1}>
        {pathTitle
          ? `${productName(notification.product, t)} · ${pathTitle}`
          : productName(notification.product, t)}
      </Text>
      {groupLine ? (
        <Text size="small" color="color.text.subtle">
          {groupLine}
        </Text>
      ) : null}
    </Stack>
  );
}
