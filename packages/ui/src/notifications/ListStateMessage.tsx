import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import { Box, Inline, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

import type { ListState } from '../api/contract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface ListStateMessageProps {
  listState: ListState;
  unreadOnly: boolean;
  onClearFilters: () => void;
}

/**
 * Shows why an account's list has no rows: still loading, all caught up, or hidden by the
 * filters. `could-not-refresh` shows nothing here, because the feed problem above explains it.
 */
export function ListStateMessage({ listState, unreadOnly, onClearFilters }: ListStateMessageProps) {
  const { t } = useI18n();

  if (listState === 'loading') {
    return (
      <Inline space="space.100" alignBlock="center" testId="list-loading">
        <Spinner size="small" label="" />
        <Box role="status">
          <Text color="color.text.subtle">{t('notifications.loading')}</Text>
        </Box>
      </Inline>
    );
  }
  if (listState === 'all-caught-up') {
    return (
      <Box testId="all-caught-up">
        <EmptyState
          header={t('notifications.allCaughtUp')}
          headingLevel={3}
          headingSize="xsmall"
          description={
            unreadOnly ? t('notifications.allCaughtUpBody') : t('notifications.emptyBody')
          }
          width="narrow"
        />
      </Box>
    );
  }
  if (listState === 'no-matches') {
    return (
      <Box testId="no-matches">
        <EmptyState
          header={t('notifications.noMatches')}
          headingLevel={3}
          headingSize="xsmall"
          description={t('notifications.noMatchesBody')}
          width="narrow"
          primaryAction={<Button onClick={onClearFilters}>{t('filters.clear')}</Button>}
        />
      </Box>
    );
  }
  return null;
}
