import { Stack, Text } from '@atlaskit/primitives';
import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { ReactNode } from 'react';

import type { ApiError } from '../api/contract.ts';
import { catalogs } from '../i18n/catalogs.ts';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { InlineCodeText } from './InlineCodeText.tsx';

interface ApiErrorMessageProps {
  title: string;
  error: ApiError;
  appearance?: 'error' | 'warning';
  /** The title's heading level, one below the section the message sits in. */
  headingLevel?: 'h1' | 'h2' | 'h3' | 'h4';
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
  const { t, language } = useI18n();
  // Engine messages are English. Other languages show the catalog's text for known error codes.
  const key = `errors.${error.code}` as MessageKey;
  const translated = language !== 'en' && key in catalogs[language];
  const message = translated ? t(key) : error.message;
  const hint = translated ? undefined : error.hint;
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
          <InlineCodeText text={message} />
        </Text>
        {hint ? (
          <Text as="p" color="color.text.subtle">
            <InlineCodeText text={hint} />
          </Text>
        ) : null}
        {children ? <Text as="p">{children}</Text> : null}
      </Stack>
    </SectionMessage>
  );
}
