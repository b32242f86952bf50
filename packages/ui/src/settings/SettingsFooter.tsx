import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useState } from 'react';

import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { ConfirmModal } from '../components/ConfirmModal.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SettingsSection } from './SettingsSection.tsx';
import { useAppReset } from './use-app-reset.ts';

interface SettingsFooterProps {
  version: string;
  hasAccounts: boolean;
  onOpenAccounts: () => void;
  onResetEverything: () => void;
  onQuit: () => void;
}

/** The version, Accounts, Reset settings, Reset everything (both confirmed) and Quit. */
export function SettingsFooter(props: SettingsFooterProps) {
  const { t } = useI18n();
  const reset = useAppReset({ onResetEverything: props.onResetEverything, onQuit: props.onQuit });
  const [confirming, setConfirming] = useState<'settings' | 'everything' | null>(null);

  return (
    <SettingsSection title={t('settings.app')}>
      <Text as="p" color="color.text.subtle">
        {t('settings.version', { version: props.version })}
      </Text>
      {reset.error ? (
        <ApiErrorMessage title={t('settings.actionFailed')} error={reset.error} />
      ) : null}
      <Stack space="space.100">
        <Inline space="space.100" shouldWrap>
          {props.hasAccounts ? (
            <Button onClick={props.onOpenAccounts}>{t('nav.accounts')}</Button>
          ) : null}
          <Button onClick={() => setConfirming('settings')}>{t('settings.resetSettings')}</Button>
          <Button appearance="danger" onClick={() => setConfirming('everything')}>
            {t('settings.resetEverything')}
          </Button>
          <Button isLoading={reset.working === 'quit'} onClick={() => void reset.quit()}>
            {t('settings.quit')}
          </Button>
        </Inline>
      </Stack>
      <ConfirmModal
        isOpen={confirming === 'settings'}
        title={t('settings.resetSettingsTitle')}
        body={t('settings.resetSettingsBody')}
        confirmLabel={t('settings.resetSettings')}
        appearance="warning"
        onConfirm={() => {
          setConfirming(null);
          void reset.resetSettings();
        }}
        onCancel={() => setConfirming(null)}
        testId="reset-settings-confirm"
      />
      <ConfirmModal
        isOpen={confirming === 'everything'}
        title={t('settings.resetEverythingTitle')}
        body={t('settings.resetEverythingBody')}
        confirmLabel={t('settings.resetEverything')}
        appearance="danger"
        isWorking={reset.working === 'everything'}
        onConfirm={() => void reset.resetEverything().then(() => setConfirming(null))}
        onCancel={() => setConfirming(null)}
        testId="reset-everything-confirm"
      />
    </SettingsSection>
  );
}
