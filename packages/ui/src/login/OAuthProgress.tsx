import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useEffect, useRef } from 'react';

import type { OAuthSignInView } from '../api/contract.ts';
import { ExternalLink } from '../components/ExternalLink.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

interface OAuthProgressProps {
  view: OAuthSignInView;
  onCancel: () => void;
}

/** Shows a running sign-in, which waits for the browser or exchanges the code for tokens. */
export function OAuthProgress({ view, onCancel }: OAuthProgressProps) {
  const { t } = useI18n();
  const statusRef = useRef<HTMLDivElement>(null);
  const waiting = view.status === 'waiting-for-browser';

  useEffect(() => {
    statusRef.current?.focus();
  }, []);

  return (
    <Stack space="space.200" testId="oauth-progress">
      <div ref={statusRef} tabIndex={-1} role="status">
        <Inline space="space.150" alignBlock="center">
          <Spinner size="medium" label="" />
          <Text size="large" weight="medium">
            {waiting ? t('oauth.waiting') : t('oauth.exchanging')}
          </Text>
        </Inline>
      </div>
      {waiting ? (
        <Text as="p" color="color.text.subtle">
          {t('oauth.waitingBody')}
        </Text>
      ) : null}
      <Inline space="space.200" alignBlock="center">
        {waiting && view.authorizeUrl ? (
          <ExternalLink href={view.authorizeUrl}>{t('oauth.openSignInPage')}</ExternalLink>
        ) : null}
        <Button onClick={onCancel}>{t('oauth.cancel')}</Button>
      </Inline>
    </Stack>
  );
}
