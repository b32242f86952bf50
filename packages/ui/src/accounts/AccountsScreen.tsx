import Button from '@atlaskit/button/new';
import { Box, xcss } from '@atlaskit/primitives';

import type { AccountView } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { AddIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useRefresh } from '../notifications/use-refresh.ts';
import { AccountCard } from './AccountCard.tsx';
import { useSignOut } from './use-sign-out.ts';

const listStyles = xcss({
  display: 'flex',
  flexDirection: 'column',
  gap: 'space.200',
  margin: 'space.0',
  padding: 'space.0',
});

interface AccountsScreenProps {
  accounts: AccountView[];
  focusTitle: boolean;
  onAddAccount: () => void;
  /** Opens Add account for an account that needs a new sign-in or an API token. */
  onSignIn: (prefill: SignInPrefill) => void;
  onSignedOut: () => void;
}

/** Lists the signed-in accounts, with Add account and a Sign out for each. */
export function AccountsScreen({
  accounts,
  focusTitle,
  onAddAccount,
  onSignIn,
  onSignedOut,
}: AccountsScreenProps) {
  const { t } = useI18n();
  const { signOut, signingOutId, failure, dismissFailure } = useSignOut(onSignedOut);
  const refresh = useRefresh();

  return (
    <ScreenLayout
      title={t('accounts.title')}
      focusTitle={focusTitle}
      aside={
        <Button appearance="primary" iconBefore={AddIcon} onClick={onAddAccount}>
          {t('accounts.add')}
        </Button>
      }
    >
      {refresh.error ? (
        <ApiErrorMessage
          title={t('notifications.refreshFailed')}
          error={refresh.error}
          onDismiss={refresh.dismissError}
        />
      ) : null}
      <Box as="ul" xcss={listStyles}>
        {accounts.map((account) => (
          <AccountCard
            key={account.id}
            account={account}
            isSigningOut={signingOutId === account.id}
            error={failure?.accountId === account.id ? failure.error : null}
            onSignOut={() => void signOut(account.id)}
            onDismissError={dismissFailure}
            onRefresh={() => void refresh.refresh()}
            onSignIn={onSignIn}
          />
        ))}
      </Box>
    </ScreenLayout>
  );
}
