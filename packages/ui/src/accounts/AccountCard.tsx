import Avatar from '@atlaskit/avatar';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { useId, useState } from 'react';

import type { AccountView, ApiError } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { RefreshIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AccountDetails } from './AccountDetails.tsx';
import { SignOutConfirm } from './SignOutConfirm.tsx';
import { SiteHosts } from './SiteHosts.tsx';

const cardStyles = xcss({
  listStyle: 'none',
  padding: 'space.200',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

interface AccountCardProps {
  account: AccountView;
  isSigningOut: boolean;
  error: ApiError | null;
  onSignOut: () => void;
  onDismissError: () => void;
  /** Polls every account now. */
  onRefresh: () => void;
  /** Opens Add account for this account, with the sign-in method it needs. */
  onSignIn: (prefill: SignInPrefill) => void;
}

/** Shows one signed-in account with its sign-in method, sites, status and Sign out. */
export function AccountCard({
  account,
  isSigningOut,
  error,
  onSignOut,
  onDismissError,
  onRefresh,
  onSignIn,
}: AccountCardProps) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const headingId = useId();

  return (
    <Box
      as="li"
      xcss={cardStyles}
      aria-labelledby={headingId}
      testId="account-card"
      data-account-id={account.id}
    >
      <Stack space="space.200">
        <Inline space="space.200" alignBlock="start" spread="space-between">
          <Inline space="space.150" alignBlock="center">
            <Avatar size="large" src={account.avatarUrl ?? undefined} name={account.name} />
            <Stack space="space.025">
              <Heading size="small" as="h2" id={headingId}>
                {account.name}
              </Heading>
              <Text color="color.text.subtle">{account.email}</Text>
            </Stack>
          </Inline>
          <Inline space="space.100">
            <Button iconBefore={RefreshIcon} onClick={onRefresh}>
              {t('nav.refresh')}
            </Button>
            {confirming ? null : (
              <Button onClick={() => setConfirming(true)}>{t('accounts.signOut')}</Button>
            )}
          </Inline>
        </Inline>

        <AccountDetails account={account} />
        <SiteHosts accountId={account.id} sites={account.siteHosts ?? []} />

        {account.status === 'sign-in-required' ? (
          <SectionMessage
            appearance="error"
            headingLevel="h3"
            title={t('accounts.statusSignInRequired')}
          >
            <Stack space="space.100">
              <Text as="p">{t('accounts.statusSignInRequiredBody')}</Text>
              <Inline>
                <Button
                  onClick={() => onSignIn({ method: account.authMethod, email: account.email })}
                >
                  {t('accounts.signInAgain')}
                </Button>
              </Inline>
            </Stack>
          </SectionMessage>
        ) : null}
        {account.status === 'notifications-unavailable' ? (
          <SectionMessage
            appearance="warning"
            headingLevel="h3"
            title={t('accounts.statusNotificationsUnavailable')}
          >
            <Stack space="space.100">
              <Text as="p">{t('accounts.statusNotificationsUnavailableBody')}</Text>
              <Inline>
                <Button onClick={() => onSignIn({ method: 'api-token', email: account.email })}>
                  {t('accounts.addApiToken')}
                </Button>
              </Inline>
            </Stack>
          </SectionMessage>
        ) : null}
        {account.credentialStore === 'file' && !account.demo ? (
          <SectionMessage appearance="warning">
            <Text as="p">{t('accounts.fileStore')}</Text>
          </SectionMessage>
        ) : null}

        {error ? (
          <ApiErrorMessage
            headingLevel="h3"
            title={t('accounts.signOutFailed')}
            error={error}
            onDismiss={onDismissError}
          />
        ) : null}
        {confirming ? (
          <SignOutConfirm
            email={account.email}
            isSigningOut={isSigningOut}
            onConfirm={onSignOut}
            onCancel={() => setConfirming(false)}
          />
        ) : null}
      </Stack>
    </Box>
  );
}
