import Anchor from '@atlaskit/primitives/anchor';
import type { ReactNode } from 'react';

import { useI18n } from '../i18n/I18nProvider.tsx';

/** Renders a link that opens in a new browser tab without sending a referrer. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Anchor href={href} target="_blank" rel="noreferrer" newWindowLabel={t('app.newWindow')}>
      {children}
    </Anchor>
  );
}
