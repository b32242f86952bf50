import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useEffect, useId, useRef } from 'react';

import { useI18n } from '../i18n/I18nProvider.tsx';

const confirmStyles = xcss({
  padding: 'space.150',
  borderRadius: 'radius.medium',
  backgroundColor: 'color.background.danger',
});

interface SignOutConfirmProps {
  email: string;
  isSigningOut: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks to confirm Sign out. Focus moves to Cancel, the safe choice. */
export function SignOutConfirm({ email, isSigningOut, onConfirm, onCancel }: SignOutConfirmProps) {
  const { t } = useI18n();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const questionId = useId();

  useEffect(() => {
    cancelRef.current?.focus();
  }, []);

  return (
    <Box role="group" aria-labelledby={questionId} xcss={confirmStyles} testId="sign-out-confirm">
      <Stack space="space.150">
        <Text id={questionId}>{t('accounts.signOutConfirm', { email })}</Text>
        <Inline space="space.100">
          <Button appearance="danger" isLoading={isSigningOut} onClick={onConfirm}>
            {t('accounts.signOut')}
          </Button>
          <Button ref={cancelRef} isDisabled={isSigningOut} onClick={onCancel}>
            {t('accounts.signOutCancel')}
          </Button>
        </Inline>
      </Stack>
    </Box>
  );
}
