import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ReactNode } from 'react';

import type { ApiError } from '../api/contract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { InlineCodeText } from './InlineCodeText.tsx';

interface ApiErrorMessageProps {
  title: string;
  error: ApiError;
  appearance?: 'error' | 'warning';
  /** The title's heading level, one below the section the message sits in. */
  headingLevel?: 'h1' | 'h2' | 'h3';
  onDismiss?: () => void;
  testId?: string;
  /** More text after the engine's message and hint. */
  children?: ReactNode;
}

/** Shows an engine error as a section message, followed by the engine's hint for the next step. */
export function ApiErrorMessage({
  title,
  error,
  appearance = 'error',
  headingLevel = 'h2',
  onDismiss,
  testId,
  children,
}: ApiErrorMessageProps) {
  const { t } = useI18n();
  const actions = onDismiss
    ? [
        <SectionMessageAction key="dismiss" onClick={onDismiss}>
          {t('app.dismiss')}
        </SectionMessageAction>,
      ]
    : [];

  return (
    <SectionMessage
      appearance={appearance}
      title={title}
      headingLevel={headingLevel}
      actions={actions}
      testId={testId}
    >
      <Stack space="space.050">
        <Text as="p">
          <InlineCodeText text={error.message} />
        </Text>
        {error.hint ? (
          <Text as="p" color="color.text.subtle">
            <InlineCodeText text={error.hint} />
          </Text>
        ) : null}
        {children ? <Text as="p">{children}</Text> : null}
      </Stack>
    </SectionMessage>
  );
}
