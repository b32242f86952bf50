import Button from '@atlaskit/button/new';
import { Box, xcss } from '@atlaskit/primitives';

import type { AccountView } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { AddIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
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
  onOpenNotifications: () => void;
  onAddAccount: () => void;
  /** Opens Add account for an account that needs a new sign-in or an API token. */
  onSignIn: (prefill: SignInPrefill) => void;
  onSignedOut: () => void;
}

/** Lists the signed-in accounts, with Add account and a Sign out for each. */
export function AccountsScreen({
  accounts,
  focusTitle,
  onOpenNotifications,
  onAddAccount,
  onSignIn,
  onSignedOut,
}: AccountsScreenProps) {
  const { t } = useI18n();
  const { signOut, signingOutId, failure, dismissFailure } = useSignOut(onSignedOut);

  return (
    <ScreenLayout
      title={t('accounts.title')}
      focusTitle={focusTitle}
      actions={<Button onClick={onOpenNotifications}>{t('nav.notifications')}</Button>}
      aside={
        <Button appearance="primary" iconBefore={AddIcon} onClick={onAddAccount}>
          {t('accounts.add')}
        </Button>
      }
    >
      <Box as="ul" xcss={listStyles}>
        {accounts.map((account) => (
          <AccountCard
            key={account.id}
            account={account}
            isSigningOut={signingOutId === account.id}
            error={failure?.accountId === account.id ? failure.error : null}
            onSignOut={() => void signOut(account.id)}
            onDismissError={dismissFailure}
            onSignIn={onSignIn}
          />
        ))}
      </Box>
    </ScreenLayout>
  );
}
