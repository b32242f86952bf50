import Avatar from '@atlaskit/avatar';
import { IconButton } from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { type KeyboardEvent, type MouseEvent, useId } from 'react';

import type { Notification } from '../api/contract.ts';
import { CheckMarkIcon, EmailIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDateTime, formatRelativeTime } from './relative-time.ts';

const rowStyles = xcss({
  display: 'flex',
  gap: 'space.150',
  alignItems: 'flex-start',
  paddingBlock: 'space.150',
  paddingInline: 'space.150',
  borderRadius: 'radius.medium',
  cursor: 'pointer',
  ':hover': { backgroundColor: 'color.background.neutral.subtle.hovered' },
  ':focus-visible': {
    outlineColor: 'color.border.focused',
    outlineStyle: 'solid',
    outlineWidth: 'border.width.focused',
    outlineOffset: 'space.025',
  },
});

const unreadDotStyles = xcss({
  flexShrink: 0,
  width: '8px',
  height: '8px',
  marginBlockStart: 'space.150',
  borderRadius: 'radius.full',
});

const contentStyles = xcss({ flexGrow: 1, minWidth: '0' });

const timeStyles = xcss({ flexShrink: 0, whiteSpace: 'nowrap' });

interface NotificationRowProps {
  notification: Notification;
  now: Date;
  onToggleRead: (notification: Notification) => void;
  onOpen: (notification: Notification) => void;
}

/**
 * Renders one feed row. Clicking it, or pressing Enter while it has focus, opens the item in the
 * browser. Feed text is rendered as React text, never as HTML.
 */
export function NotificationRow({ notification, now, onToggleRead, onOpen }: NotificationRowProps) {
  const { t, language } = useI18n();
  const { id, actor, entity, path, groupSize, additionalActors, readState } = notification;
  const unread = readState === 'unread';
  const messageId = useId();
  const extraCount = groupSize - 1;
  const extraActor = additionalActors[0]?.displayName;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Enter on the toggle button bubbles here too, so only the row's own Enter opens it.
    if (event.key === 'Enter' && event.target === event.currentTarget) {
      event.preventDefault();
      onOpen(notification);
    }
  };
  const onToggleClick = (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    onToggleRead(notification);
  };

  return (
    // An article in an ARIA feed is focusable, so the row itself takes focus and Enter.
    <Box
      role="article"
      tabIndex={0}
      aria-labelledby={messageId}
      xcss={rowStyles}
      testId="notification-row"
      data-notification-id={id}
      data-read-state={readState}
      onClick={() => onOpen(notification)}
      onKeyDown={onKeyDown}
    >
      <Box
        xcss={unreadDotStyles}
        backgroundColor={unread ? 'color.background.brand.bold' : undefined}
      />
      <Avatar size="medium" src={actor.avatarUrl ?? undefined} name={actor.displayName} />
      <Box xcss={contentStyles}>
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
              <Text size="small" color="color.text.subtlest">
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
          {path?.title ? (
            <Text size="small" color="color.text.subtlest" maxLines={1}>
              {path.title}
            </Text>
          ) : null}
          {extraCount > 0 ? (
            <Text size="small" color="color.text.subtle">
              {extraActor
                ? t('notifications.groupFrom', { count: extraCount, actor: extraActor })
                : t('notifications.groupOther', { count: extraCount })}
            </Text>
          ) : null}
        </Stack>
      </Box>
      <IconButton
        appearance="subtle"
        spacing="compact"
        icon={unread ? CheckMarkIcon : EmailIcon}
        label={unread ? t('notifications.markRead') : t('notifications.markUnread')}
        onClick={onToggleClick}
      />
    </Box>
  );
}
