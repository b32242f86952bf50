import { Stack } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import { useState } from 'react';

import type { ActionFailure, OpenResultView } from '../api/contract.ts';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import type { LocalFailure } from './use-feed-actions.ts';

interface ActionMessagesProps {
  /** A call of this window that failed. */
  local: LocalFailure | null;
  /** The engine's latest failed mark or open, rolled back there. */
  engine: ActionFailure | null | undefined;
  opened: OpenResultView | null;
  onDismissLocal: () => void;
  onDismissOpened: () => void;
}

/** Shows a failed mark or open, and "no link available" after opening an item without a link. */
export function ActionMessages(props: ActionMessagesProps) {
  const { t } = useI18n();
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const engineFailure = props.engine && props.engine.at !== dismissedAt ? props.engine : null;
  const failure = props.local ?? engineFailure;

  const titles = {
    'mark-read': t('notifications.markReadFailed', { count: failure?.count ?? 1 }),
    'mark-unread': t('notifications.markUnreadFailed', { count: failure?.count ?? 1 }),
    open: t('notifications.openFailed'),
  };

  return (
    <Stack space="space.100">
      {failure ? (
        <ApiErrorMessage
          title={titles[failure.action]}
          error={failure.error}
          testId="action-failure"
          onDismiss={() => {
            props.onDismissLocal();
            setDismissedAt(props.engine?.at ?? null);
          }}
        />
      ) : null}
      {props.opened?.noLinkAvailable ? (
        <SectionMessage
          appearance="information"
          title={t('notifications.noLink')}
          testId="no-link-available"
          actions={[
            <SectionMessageAction key="dismiss" onClick={props.onDismissOpened}>
              {t('app.dismiss')}
            </SectionMessageAction>,
          ]}
        >
          {t('notifications.noLinkBody')}
        </SectionMessage>
      ) : null}
    </Stack>
  );
}
