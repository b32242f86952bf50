import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';

import type { AccountView, FeedView } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { feedProblemOf } from './feed-problem.ts';
import { formatClockTime, formatRelativeTime } from './relative-time.ts';

interface FeedProblemsProps {
  account: AccountView;
  feed: FeedView | undefined;
  hasRows: boolean;
  now: Date;
  onRefresh: () => void;
  onSignIn: (prefill: SignInPrefill) => void;
}

/**
 * Shows what keeps an account's list from being complete and current, each with its next step:
 * sign in again, notifications unavailable with OAuth, offline, rate limited, Atlassian down,
 * another failed refresh, and partial results naming the site. The next step of the connection
 * problems and of partial results is "Try now".
 */
export function FeedProblems({
  account,
  feed,
  hasRows,
  now,
  onRefresh,
  onSignIn,
}: FeedProblemsProps) {
  const { t, language } = useI18n();
  const problem = feedProblemOf(account, feed);
  const retryAt = feed?.retryAt ? formatClockTime(feed.retryAt, language) : null;
  const lastGood =
    hasRows && feed?.fetchedAt
      ? t('notifications.lastGood', { time: formatRelativeTime(feed.fetchedAt, now, language) })
      : null;
  const retryLine = retryAt ? t('notifications.retryingAt', { time: retryAt }) : null;
  const retryButton = (
    <Inline>
      <Button onClick={onRefresh}>{t('notifications.tryNow')}</Button>
    </Inline>
  );

  let message: JSX.Element | null = null;
  if (problem === 'sign-in-required') {
    message = (
      <SectionMessage
        appearance="error"
        headingLevel="h3"
        title={t('accounts.statusSignInRequired')}
        testId="feed-problem-sign-in"
      >
        <Stack space="space.100">
          <Text as="p">{t('accounts.statusSignInRequiredBody')}</Text>
          <Inline>
            <Button onClick={() => onSignIn({ method: account.authMethod, email: account.email })}>
              {t('accounts.signInAgain')}
            </Button>
          </Inline>
        </Stack>
      </SectionMessage>
    );
  } else if (problem === 'oauth-refused') {
    message = (
      <SectionMessage
        appearance="warning"
        headingLevel="h3"
        title={t('notifications.oauthRefused')}
        testId="oauth-refused"
      >
        <Stack space="space.100">
          <Text as="p">{t('notifications.oauthRefusedBody')}</Text>
          <Inline>
            <Button onClick={() => onSignIn({ method: 'api-token', email: account.email })}>
              {t('accounts.addApiToken')}
            </Button>
          </Inline>
        </Stack>
      </SectionMessage>
    );
  } else if (problem === 'offline' || problem === 'rate-limited' || problem === 'unavailable') {
    const titles = {
      offline: t('notifications.offline'),
      'rate-limited': t('notifications.rateLimited'),
      unavailable: t('notifications.unavailable'),
    };
    const bodies = {
      offline: t('notifications.offlineBody'),
      'rate-limited': t('notifications.rateLimitedBody'),
      unavailable: t('notifications.unavailableBody'),
    };
    message = (
      <SectionMessage
        appearance="warning"
        headingLevel="h3"
        title={titles[problem]}
        testId={`feed-problem-${problem}`}
      >
        <Stack space="space.100">
          <Text as="p">{[bodies[problem], retryLine, lastGood].filter(Boolean).join(' ')}</Text>
          {retryButton}
        </Stack>
      </SectionMessage>
    );
  } else if (problem === 'error' && feed?.error) {
    message = (
      <Stack space="space.100" testId="feed-problem-error">
        <ApiErrorMessage
          headingLevel="h3"
          appearance="warning"
          title={t('notifications.feedFailed')}
          error={feed.error}
        >
          {[retryLine, lastGood].filter(Boolean).join(' ') || null}
        </ApiErrorMessage>
        {retryButton}
      </Stack>
    );
  }

  return (
    <>
      {message}
      {(feed?.warnings ?? []).map((warning) => (
        <SectionMessage
          key={`${warning.cloudId ?? 'none'}:${warning.message}`}
          appearance="warning"
          headingLevel="h3"
          title={t('notifications.partialResults')}
          testId="feed-warning"
        >
          <Stack space="space.100">
            <Text as="p">
              {warning.site
                ? t('notifications.partialResultsSite', { site: warning.site })
                : t('notifications.partialResultsUnknown')}
            </Text>
            {retryButton}
          </Stack>
        </SectionMessage>
      ))}
    </>
  );
}
