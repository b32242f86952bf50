import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type FormEvent, useRef, useState } from 'react';

import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { ExternalLink } from '../components/ExternalLink.tsx';
import { TextField } from '../components/TextField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useApiTokenSignIn } from './use-api-token-sign-in.ts';

export const createApiTokenUrl = 'https://id.atlassian.com/manage-profile/security/api-tokens';

interface FieldErrors {
  email?: string;
  token?: string;
}

interface ApiTokenFormProps {
  onSignedIn: () => Promise<void>;
  /** The email to start with, when a token is added for an account that exists. */
  initialEmail?: string;
}

/** Renders the API Token tab with the email and token fields and Sign in. */
export function ApiTokenForm({ onSignedIn, initialEmail = '' }: ApiTokenFormProps) {
  const { t, language } = useI18n();
  const [email, setEmail] = useState(initialEmail);
  const [token, setToken] = useState('');
  const [missing, setMissing] = useState<FieldErrors>({});
  const emailRef = useRef<HTMLInputElement>(null);
  const tokenRef = useRef<HTMLInputElement>(null);
  const { submit, submitting, error } = useApiTokenSignIn(onSignedIn);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    // Pasted tokens often carry a trailing newline or space.
    const request = { email: email.trim(), token: token.trim() };
    const errors: FieldErrors = {
      email: request.email ? undefined : t('apiToken.emailMissing'),
      token: request.token ? undefined : t('apiToken.tokenMissing'),
    };
    setMissing(errors);
    if (errors.email || errors.token) {
      (errors.email ? emailRef : tokenRef).current?.focus();
      return;
    }

    const failure = await submit(request);
    if (failure?.field === 'email') {
      emailRef.current?.focus();
    } else if (failure?.field === 'token') {
      tokenRef.current?.focus();
    }
  };

  const translated = error ? translatedFieldError(error, email.trim(), language, t) : null;
  const fieldError = (field: 'email' | 'token') =>
    missing[field] ?? (error?.field === field ? (translated?.message ?? error.message) : null);
  const fieldHint = (field: 'email' | 'token') => {
    if (error?.field !== field) {
      return undefined;
    }
    return translated ? translated.hint : error.hint;
  };

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Stack space="space.200">
        <Text as="p" color="color.text.subtle">
          {t('apiToken.intro')}
        </Text>
        {error && error.field !== 'email' && error.field !== 'token' ? (
          <ApiErrorMessage title={t('login.failed')} error={error} />
        ) : null}
        <TextField
          id="api-token-email"
          label={t('apiToken.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          error={fieldError('email')}
          errorHint={fieldHint('email')}
          inputRef={emailRef}
        />
        <TextField
          id="api-token-token"
          label={t('apiToken.token')}
          type="password"
          autoComplete="current-password"
          value={token}
          onChange={setToken}
          error={fieldError('token')}
          errorHint={fieldHint('token')}
          inputRef={tokenRef}
          helper={<ExternalLink href={createApiTokenUrl}>{t('apiToken.create')}</ExternalLink>}
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={submitting} isDisabled={submitting}>
            {t('apiToken.submit')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}

/**
 * Returns the window's own text for a sign-in field error outside English, because the engine
 * writes English. Returns null in English and for errors without a catalog text.
 */
function translatedFieldError(
  error: { code: string; field?: string | null },
  email: string,
  language: string,
  t: ReturnType<typeof useI18n>['t'],
): { message: string; hint: string | undefined } | null {
  if (language === 'en') {
    return null;
  }
  if (error.code === 'INVALID_INPUT' && error.field === 'email') {
    return { message: t('apiToken.emailInvalid', { email }), hint: undefined };
  }
  if (error.code === 'INVALID_CREDENTIALS') {
    return { message: t('errors.INVALID_CREDENTIALS'), hint: t('apiToken.tokenRejectedHint') };
  }
  return null;
}
