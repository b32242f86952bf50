import Avatar from '@atlaskit/avatar';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import { useId, useState } from 'react';

import type { AccountListView, AccountView, FeedView, ProductSlug } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ConfirmModal } from '../components/ConfirmModal.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { FeedProblems } from './FeedProblems.tsx';
import { ListStateMessage } from './ListStateMessage.tsx';
import { ProductSection } from './ProductSection.tsx';
import { SectionHeader } from './SectionHeader.tsx';
import { VirtualFeed } from './VirtualFeed.tsx';

const sectionStyles = xcss({
  padding: 'space.200',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

// Without the account header the section keeps its name for screen readers only.
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

interface AccountSectionProps {
  account: AccountView;
  feed: FeedView | undefined;
  list: AccountListView;
  showHeader: boolean;
  now: Date;
  collapsed: ReadonlySet<string>;
  onToggleCollapsed: (key: string) => void;
  /** Marks every shown row of the account, or of one of its products; `ids` flip at once. */
  onMarkAll: (
    selector: { accountId: string; product?: ProductSlug },
    ids: readonly string[],
  ) => void;
  onRefresh: () => void;
  onClearFilters: () => void;
  onSignIn: (prefill: SignInPrefill) => void;
}

/** One account's part of the list: header, feed problems, and its rows, by product or not. */
export function AccountSection(props: AccountSectionProps) {
  const { account, feed, list } = props;
  const { t } = useI18n();
  const headingId = useId();
  const regionId = useId();
  const [confirming, setConfirming] = useState(false);
  const collapsed = props.showHeader && props.collapsed.has(account.id);
  const busy = feed?.status === 'loading';

  const markAccount = () => {
    setConfirming(false);
    props.onMarkAll({ accountId: account.id }, list.ids);
  };

  return (
    <Box
      as="section"
      aria-labelledby={headingId}
      xcss={sectionStyles}
      testId="account-section"
      data-account-id={account.id}
      data-list-state={list.listState}
    >
      <Stack space="space.200">
        {props.showHeader ? (
          <Stack space="space.050">
            <SectionHeader
              headingId={headingId}
              level="h2"
              before={
                <Avatar size="small" src={account.avatarUrl ?? undefined} name={account.name} />
              }
              name={account.name}
              countLabel={list.unreadLabel}
              countText={t('notifications.unread', { count: list.unreadCount })}
              highlight={list.unreadCount > 0}
              markAllLabel={t('notifications.markAllRead')}
              onMarkAll={list.unreadCount > 0 ? () => setConfirming(true) : null}
              collapsed={collapsed}
              onToggleCollapsed={() => props.onToggleCollapsed(account.id)}
              controls={regionId}
            />
            <Text size="small" color="color.text.subtle">
              {account.email}
            </Text>
          </Stack>
        ) : (
          <h2 id={headingId} style={visuallyHidden}>
            {account.name}
          </h2>
        )}

        <Stack space="space.200" id={regionId}>
          {collapsed ? null : (
            <>
              <FeedProblems
                account={account}
                feed={feed}
                hasRows={list.rowCount > 0}
                now={props.now}
                onRefresh={props.onRefresh}
                onSignIn={props.onSignIn}
              />
              <ListStateMessage
                listState={list.listState}
                unreadOnly={feed?.unreadOnly ?? true}
                onClearFilters={props.onClearFilters}
              />
              {list.productGroups ? (
                list.productGroups.map((group) => {
                  const key = `${account.id}:${group.product}`;
                  return (
                    <ProductSection
                      key={group.product}
                      group={group}
                      busy={busy}
                      unreadCount={group.ids.length}
                      onMarkProductRead={() =>
                        props.onMarkAll(
                          { accountId: account.id, product: group.product },
                          group.ids,
                        )
                      }
                      collapsed={props.collapsed.has(key)}
                      onToggleCollapsed={() => props.onToggleCollapsed(key)}
                    />
                  );
                })
              ) : list.rowCount > 0 ? (
                <VirtualFeed ids={list.ids} labelledBy={headingId} busy={busy} />
              ) : null}
              {list.hasMore ? (
                <Text size="small" color="color.text.subtle">
                  {t('notifications.hasMore')}
                </Text>
              ) : null}
            </>
          )}
        </Stack>
      </Stack>

      <ConfirmModal
        isOpen={confirming}
        title={t('notifications.markAllReadTitle')}
        body={t('notifications.markAllReadBody', { count: list.unreadCount, name: account.name })}
        confirmLabel={t('notifications.markAllRead')}
        onConfirm={markAccount}
        onCancel={() => setConfirming(false)}
        testId="mark-all-confirm"
      />
    </Box>
  );
}
