import Avatar from '@atlaskit/avatar';
import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import type { MouseEvent } from 'react';

import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { ExternalLink } from '../components/ExternalLink.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useFeedContext } from './feed-context.ts';
import { formatRelativeTime } from './relative-time.ts';
import { useGroupMembers } from './use-group-members.ts';

const listStyles = xcss({
  margin: 'space.0',
  paddingInlineStart: 'space.150',
  borderInlineStartWidth: 'border.width.selected',
  borderInlineStartStyle: 'solid',
  borderInlineStartColor: 'color.border',
});

const itemStyles = xcss({ listStyle: 'none', paddingBlock: 'space.050' });

/** Lists the members of an expanded group, newest first, each with a link to open it. */
export function GroupMembers({ headId, listId }: { headId: string; listId: string }) {
  const { t, language } = useI18n();
  const { now } = useFeedContext();
  const { members, error, retry } = useGroupMembers(headId);
  // Clicks inside the member list must not open the head row.
  const keepInside = (event: MouseEvent) => event.stopPropagation();

  if (error) {
    return (
      <Stack space="space.100" alignInline="start" id={listId}>
        <ApiErrorMessage headingLevel="h4" title={t('notifications.membersFailed')} error={error} />
        <Button onClick={retry}>{t('app.retry')}</Button>
      </Stack>
    );
  }
  if (!members) {
    return (
      <Box id={listId}>
        <Spinner size="small" label={t('notifications.membersLoading')} />
      </Box>
    );
  }

  return (
    <Box as="ul" id={listId} xcss={listStyles} onClick={keepInside} testId="group-members">
      {members.members.map((member) => (
        <Box as="li" key={member.id} xcss={itemStyles}>
          <Inline space="space.100" alignBlock="center">
            <Avatar
              size="small"
              src={member.actor.avatarUrl ?? undefined}
              name={member.actor.displayName}
            />
            <Text size="small">{member.message}</Text>
            <Text size="small" color="color.text.subtle">
              {formatRelativeTime(member.timestamp, now, language)}
            </Text>
            <ExternalLink href={member.openUrl}>{t('notifications.openMember')}</ExternalLink>
          </Inline>
        </Box>
      ))}
      {members.skippedCount > 0 ? (
        <Box as="li" xcss={itemStyles}>
          <Text size="small" color="color.text.subtle">
            {t('notifications.membersSkipped', { count: members.skippedCount })}
          </Text>
        </Box>
      ) : null}
    </Box>
  );
}
