import Button from '@atlaskit/button/new';

import type { AccountView, FeedView } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { RefreshIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { AccountFeed } from './AccountFeed.tsx';
import { applyReadStates } from './group.ts';
import { useNow } from './use-now.ts';
import { useReadState } from './use-read-state.ts';
import { useRefresh } from './use-refresh.ts';

interface NotificationsScreenProps {
  accounts: AccountView[];
  feeds: FeedView[];
  focusTitle: boolean;
  onOpenAccounts: () => void;
  /** Opens Add account for an account, such as to add an API token. */
  onSignIn: (prefill: SignInPrefill) => void;
}

/** Shows the feed of every signed-in account, one section per account. */
export function NotificationsScreen({
  accounts,
  feeds,
  focusTitle,
  onOpenAccounts,
  onSignIn,
}: NotificationsScreenProps) {
  const { t } = useI18n();
  const now = useNow();
  const { refresh, refreshing, error: refreshError, dismissError } = useRefresh();
  const readState = useReadState(feeds);

  const actions = (
    <>
      <Button iconBefore={RefreshIcon} isLoading={refreshing} onClick={() => void refresh()}>
        {t('nav.refresh')}
      </Button>
      <Button onClick={onOpenAccounts}>{t('nav.accounts')}</Button>
    </>
  );

  return (
    <ScreenLayout title={t('notifications.title')} focusTitle={focusTitle} actions={actions}>
      {refreshError ? (
        <ApiErrorMessage
          title={t('notifications.refreshFailed')}
          error={refreshError}
          onDismiss={dismissError}
        />
      ) : null}
      {accounts.map((account) => {
        const feed = feeds.find((candidate) => candidate.accountId === account.id);
        return (
          <AccountFeed
            key={account.id}
            account={account}
            feed={feed}
            notifications={applyReadStates(feed?.notifications ?? [], readState.readStates)}
            now={now}
            actionError={readState.errors.get(account.id)}
            onDismissError={() => readState.dismissError(account.id)}
            onToggleRead={readState.toggle}
            onOpen={readState.open}
            onSignIn={onSignIn}
          />
        );
      })}
    </ScreenLayout>
  );
}
