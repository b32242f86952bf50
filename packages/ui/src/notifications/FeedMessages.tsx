import { Box, Inline, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

import type { FeedView } from '../api/contract.ts';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatRelativeTime } from './relative-time.ts';
import type { ReadStateError } from './use-read-state.ts';

interface FeedMessagesProps {
  feed: FeedView | undefined;
  hasRows: boolean;
  now: Date;
  actionError: ReadStateError | undefined;
  onDismissError: () => void;
}

/** Shows an account's loading state, its last poll error and a failed read change or open. */
export function FeedMessages({
  feed,
  hasRows,
  now,
  actionError,
  onDismissError,
}: FeedMessagesProps) {
  const { t, language } = useI18n();
  const loading = (!feed || feed.status === 'loading') && !hasRows;

  return (
    <>
      {loading ? (
        <Inline space="space.100" alignBlock="center">
          <Spinner size="small" label="" />
          <Box role="status">
            <Text color="color.text.subtle">{t('notifications.loading')}</Text>
          </Box>
        </Inline>
      ) : null}

      {feed?.error ? (
        <ApiErrorMessage
          headingLevel="h3"
          appearance="warning"
          title={t('notifications.feedFailed')}
          error={feed.error}
        >
          {hasRows && feed.fetchedAt
            ? t('notifications.lastGood', {
                time: formatRelativeTime(feed.fetchedAt, now, language),
              })
            : null}
        </ApiErrorMessage>
      ) : null}

      {actionError ? (
        <ApiErrorMessage
          headingLevel="h3"
          title={
            actionError.action === 'open'
              ? t('notifications.openFailed')
              : t('notifications.updateFailed')
          }
          error={actionError.error}
          onDismiss={onDismissError}
        />
      ) : null}
    </>
  );
}
