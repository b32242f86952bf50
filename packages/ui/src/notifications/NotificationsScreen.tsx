import Button from '@atlaskit/button/new';
import { Stack } from '@atlaskit/primitives';
import { useMemo } from 'react';

import type { Snapshot } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { RefreshIcon } from '../components/icons.ts';
import { useFilters } from '../filters/use-filters.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useSettings } from '../settings/use-settings.ts';
import { AccountSection } from './AccountSection.tsx';
import { ActionMessages } from './ActionMessages.tsx';
import { FeedToolbar } from './FeedToolbar.tsx';
import { FeedContext, type FeedContextValue } from './feed-context.ts';
import { useFeedActions } from './use-feed-actions.ts';
import { useNow } from './use-now.ts';
import { useRefresh } from './use-refresh.ts';
import { useRowNavigation } from './use-row-navigation.ts';
import { useToggleSet } from './use-toggle-set.ts';

interface NotificationsScreenProps {
  snapshot: Snapshot;
  focusTitle: boolean;
  /** Opens Add account for an account, such as to sign in again or add an API token. */
  onSignIn: (prefill: SignInPrefill) => void;
}

/** Shows the list of every signed-in account, as the engine's view orders and counts it. */
export function NotificationsScreen({ snapshot, focusTitle, onSignIn }: NotificationsScreenProps) {
  const { t } = useI18n();
  const now = useNow();
  const { settings } = useSettings();
  const { clear } = useFilters();
  const { refresh, refreshing, error: refreshError, dismissError } = useRefresh();
  const actions = useFeedActions(snapshot.feeds);
  const expanded = useToggleSet();
  const collapsed = useToggleSet();
  const lists = snapshot.view?.accounts ?? [];
  const showHeader = settings.showAccountHeader || snapshot.accounts.length > 1;

  const rowsById = useMemo(
    () => new Map(snapshot.feeds.flatMap((feed) => feed.notifications.map((row) => [row.id, row]))),
    [snapshot.feeds],
  );
  // The rows that ↑ and ↓ move through: those of sections that are not collapsed.
  const orderedIds = lists.flatMap((list) => {
    if (showHeader && collapsed.has(list.accountId)) {
      return [];
    }
    if (!list.productGroups) {
      return list.ids;
    }
    return list.productGroups
      .filter((group) => !collapsed.has(`${list.accountId}:${group.product}`))
      .flatMap((group) => group.ids);
  });
  const navigation = useRowNavigation(orderedIds);

  const context: FeedContextValue = {
    rowsById,
    readStates: actions.readStates,
    now,
    expanded: expanded.values,
    toggleExpanded: expanded.toggle,
    focusRequest: navigation.focusRequest,
    focusDone: navigation.focusDone,
    onToggleRead: actions.toggle,
    onOpen: actions.open,
  };

  return (
    <ScreenLayout
      title={t('notifications.title')}
      focusTitle={focusTitle}
      actions={
        <Button iconBefore={RefreshIcon} isLoading={refreshing} onClick={() => void refresh()}>
          {t('nav.refresh')}
        </Button>
      }
      aside={<FeedToolbar />}
    >
      <Stack space="space.200">
        {refreshError ? (
          <ApiErrorMessage
            title={t('notifications.refreshFailed')}
            error={refreshError}
            onDismiss={dismissError}
          />
        ) : null}
        <ActionMessages
          local={actions.failure}
          engine={snapshot.lastActionFailure}
          opened={actions.opened}
          onDismissLocal={actions.dismissFailure}
          onDismissOpened={actions.dismissOpened}
        />
        <FeedContext.Provider value={context}>
          {lists.map((list) => {
            const account = snapshot.accounts.find((candidate) => candidate.id === list.accountId);
            if (!account) {
              return null;
            }
            return (
              <AccountSection
                key={account.id}
                account={account}
                feed={snapshot.feeds.find((feed) => feed.accountId === account.id)}
                list={list}
                showHeader={showHeader}
                now={now}
                collapsed={collapsed.values}
                onToggleCollapsed={collapsed.toggle}
                onMarkAll={(selector, ids) =>
                  void actions.markMatching({ readState: 'read', ...selector }, ids)
                }
                onRefresh={() => void refresh()}
                onClearFilters={() => void clear()}
                onSignIn={onSignIn}
              />
            );
          })}
        </FeedContext.Provider>
      </Stack>
    </ScreenLayout>
  );
}
