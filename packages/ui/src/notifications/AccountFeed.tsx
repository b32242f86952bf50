import Avatar from '@atlaskit/avatar';
import Badge from '@atlaskit/badge';
import Button from '@atlaskit/button/new';
import EmptyState from '@atlaskit/empty-state';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useId } from 'react';

import type { AccountView, FeedView, Notification } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { VisuallyHidden } from '../components/VisuallyHidden.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { FeedMessages } from './FeedMessages.tsx';
import { countUnread, groupByProduct } from './group.ts';
import { ProductSection } from './ProductSection.tsx';
import type { ReadStateError } from './use-read-state.ts';

const sectionStyles = xcss({
  padding: 'space.200',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

interface AccountFeedProps {
  account: AccountView;
  feed: FeedView | undefined;
  /** The feed's rows with the window's unconfirmed read states applied. */
  notifications: Notification[];
  now: Date;
  actionError: ReadStateError | undefined;
  onDismissError: () => void;
  onToggleRead: (notification: Notification) => void;
  onOpen: (notification: Notification) => void;
  /** Opens Add account for this account, such as to add an API token. */
  onSignIn: (prefill: SignInPrefill) => void;
}

/** The error code of a poll that Atlassian refused because the account signed in with OAuth. */
const oauthRefusedCode = 'NOTIFICATIONS_UNAVAILABLE_WITH_OAUTH';

/** Shows one account's part of the feed with its header, status messages and rows grouped by product. */
export function AccountFeed(props: AccountFeedProps) {
  const { account, feed, notifications, now } = props;
  const { t } = useI18n();
  const headingId = useId();
  const unread = countUnread(notifications);
  const caughtUp = feed?.status === 'ok' && unread === 0;
  const oauthRefused =
    account.status === 'notifications-unavailable' || feed?.error?.code === oauthRefusedCode;
  // The refusal gets its own plain message below instead of the generic poll error.
  const shownFeed = oauthRefused && feed ? { ...feed, error: null } : feed;

  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      xcss={sectionStyles}
      testId="account-section"
      data-account-id={account.id}
    >
      <Stack space="space.200">
        <Inline space="space.150" alignBlock="center">
          <Avatar size="medium" src={account.avatarUrl ?? undefined} name={account.name} />
          <Stack space="space.025">
            <Heading size="small" as="h2" id={headingId}>
              <Inline space="space.100" alignBlock="center" as="span">
                <span>{account.name}</span>
                <span aria-hidden="true">
                  <Badge appearance={unread > 0 ? 'primary' : 'default'}>{unread}</Badge>
                </span>
                <VisuallyHidden>{t('notifications.unread', { count: unread })}</VisuallyHidden>
              </Inline>
            </Heading>
            <Text size="small" color="color.text.subtle">
              {account.email}
            </Text>
            {account.credentialStore === 'file' ? (
              <Text size="small" color="color.text.warning">
                {t('accounts.fileStore')}
              </Text>
            ) : null}
          </Stack>
        </Inline>

        {oauthRefused ? (
          <SectionMessage
            appearance="warning"
            headingLevel="h3"
            title={t('notifications.oauthRefused')}
            testId="oauth-refused"
          >
            <Stack space="space.100">
              <Text as="p">{t('notifications.oauthRefusedBody')}</Text>
              <Inline>
                <Button
                  onClick={() => props.onSignIn({ method: 'api-token', email: account.email })}
                >
                  {t('accounts.addApiToken')}
                </Button>
              </Inline>
            </Stack>
          </SectionMessage>
        ) : null}

        <FeedMessages
          feed={shownFeed}
          hasRows={notifications.length > 0}
          now={now}
          actionError={props.actionError}
          onDismissError={props.onDismissError}
        />

        {caughtUp ? (
          <EmptyState
            header={t('notifications.allCaughtUp')}
            headingLevel={3}
            headingSize="xsmall"
            description={t('notifications.allCaughtUpBody')}
            width="narrow"
          />
        ) : null}

        {groupByProduct(notifications).map((group) => (
          <ProductSection
            key={group.product}
            group={group}
            now={now}
            onToggleRead={props.onToggleRead}
            onOpen={props.onOpen}
          />
        ))}

        {feed?.hasMore ? (
          <Text size="small" color="color.text.subtle">
            {t('notifications.hasMore')}
          </Text>
        ) : null}
      </Stack>
    </Box>
  );
}
