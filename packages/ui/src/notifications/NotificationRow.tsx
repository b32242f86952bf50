import Avatar from '@atlaskit/avatar';
import { IconButton } from '@atlaskit/button/new';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import { type KeyboardEvent, type MouseEvent, useEffect, useId, useRef } from 'react';

import {
  CheckMarkIcon,
  ChevronDownIcon,
  ChevronRightIcon,
  EmailIcon,
  EyeOpenIcon,
  FlagIcon,
} from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useFeedContext, withReadState } from './feed-context.ts';
import { GroupMembers } from './GroupMembers.tsx';
import { RowText } from './RowText.tsx';

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
    outlineOffset: 'space.negative.025',
  },
});

const unreadDotStyles = xcss({
  flexShrink: 0,
  width: '8px',
  height: '8px',
  marginBlockStart: 'space.150',
  borderRadius: 'radius.full',
});

const avatarStyles = xcss({ flexShrink: 0 });
const contentStyles = xcss({ flexGrow: 1, minWidth: '0' });

interface NotificationRowProps {
  id: string;
  /** 1-based position in its feed, and the feed's length, for `aria-posinset`/`aria-setsize`. */
  position: number;
  setSize: number;
}

/**
 * Renders one feed row. Clicking it opens the item; Enter opens it, or expands it when it heads
 * a group; `a` toggles its read state. Feed text is rendered as React text, never as HTML.
 */
export function NotificationRow({ id, position, setSize }: NotificationRowProps) {
  const { t } = useI18n();
  const feed = useFeedContext();
  const stored = feed.rowsById.get(id);
  const ref = useRef<HTMLDivElement>(null);
  const messageId = useId();
  const membersId = useId();
  const focusWanted = feed.focusRequest?.id === id;

  useEffect(() => {
    if (focusWanted) {
      ref.current?.focus();
      feed.focusDone();
    }
  }, [focusWanted, feed]);

  if (!stored) {
    return null;
  }
  const notification = withReadState(stored, feed.readStates);
  const unread = notification.readState === 'unread';
  const isGroup = notification.groupSize > 1;
  const expanded = isGroup && feed.expanded.has(id);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      if (isGroup) {
        feed.toggleExpanded(id);
      } else {
        feed.onOpen(notification);
      }
    } else if (event.key === 'a') {
      event.preventDefault();
      feed.onToggleRead(notification);
    }
  };
  const stop = (action: () => void) => (event: MouseEvent<HTMLButtonElement>) => {
    event.stopPropagation();
    action();
  };

  return (
    // An article in an ARIA feed is focusable, so the row itself takes focus and keys.
    <Box
      ref={ref}
      role="article"
      tabIndex={0}
      aria-labelledby={messageId}
      aria-posinset={position}
      aria-setsize={setSize}
      xcss={rowStyles}
      testId="notification-row"
      data-notification-id={id}
      data-read-state={notification.readState}
      onClick={() => feed.onOpen(notification)}
      onKeyDown={onKeyDown}
    >
      <Box
        xcss={unreadDotStyles}
        backgroundColor={unread ? 'color.background.brand.bold' : undefined}
      />
      <Stack space="space.050" alignInline="center" xcss={avatarStyles}>
        <Avatar
          size="medium"
          appearance={notification.actorKind === 'automation' ? 'square' : 'circle'}
          src={notification.actor.avatarUrl ?? undefined}
          name={notification.actor.displayName}
        />
        {notification.category === 'direct' ? (
          <FlagIcon
            label={t('notifications.categoryDirect')}
            color={token('color.icon.subtle')}
            size="small"
          />
        ) : (
          <EyeOpenIcon
            label={t('notifications.categoryWatching')}
            color={token('color.icon.subtle')}
            size="small"
          />
        )}
      </Stack>
      <Stack space="space.100" xcss={contentStyles}>
        <RowText notification={notification} messageId={messageId} now={feed.now} />
        {expanded ? <GroupMembers headId={id} listId={membersId} /> : null}
      </Stack>
      <Inline space="space.050">
        {isGroup ? (
          <IconButton
            appearance="subtle"
            spacing="compact"
            icon={expanded ? ChevronDownIcon : ChevronRightIcon}
            label={expanded ? t('notifications.collapseGroup') : t('notifications.expandGroup')}
            aria-expanded={expanded}
            aria-controls={expanded ? membersId : undefined}
            onClick={stop(() => feed.toggleExpanded(id))}
          />
        ) : null}
        <IconButton
          appearance="subtle"
          spacing="compact"
          icon={unread ? CheckMarkIcon : EmailIcon}
          label={unread ? t('notifications.markRead') : t('notifications.markUnread')}
          onClick={stop(() => feed.onToggleRead(notification))}
        />
      </Inline>
    </Box>
  );
}
