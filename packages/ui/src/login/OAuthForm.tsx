import Button from '@atlaskit/button/new';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { type FormEvent, useRef, useState } from 'react';

import type { ApiError, OAuthSettingsRequest, OAuthSettingsView } from '../api/contract.ts';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { TextField } from '../components/TextField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { OAuthSetupSteps } from './OAuthSetupSteps.tsx';

/** The scopes the setup steps name when the engine's settings list none. */
const defaultScopes = ['read:me', 'read:account', 'read:jira-work', 'offline_access'];

type Field = 'clientId' | 'clientSecret';

interface OAuthFormProps {
  settings: OAuthSettingsView;
  starting: boolean;
  /** The error from saving the settings or starting the sign-in. */
  startError: ApiError | null;
  /** The error of the last sign-in, from the browser step or the token exchange. */
  failure: ApiError | null;
  onSave: (request: OAuthSettingsRequest) => Promise<unknown>;
  onStart: (prepare: () => Promise<void>) => Promise<ApiError | null>;
}

/** Renders Client ID and Secret, the setup steps while no client is configured, and Sign in with Atlassian. */
export function OAuthForm({
  settings,
  starting,
  startError,
  failure,
  onSave,
  onStart,
}: OAuthFormProps) {
  const { t } = useI18n();
  const [clientId, setClientId] = useState(settings.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const refs = {
    clientId: useRef<HTMLInputElement>(null),
    clientSecret: useRef<HTMLInputElement>(null),
  };
  const notConfigured = settings.source === 'none' && clientId.trim() === '';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const id = clientId.trim();
    const secret = clientSecret.trim();
    const errors: Partial<Record<Field, string>> = {};
    if (!id) {
      errors.clientId = t('oauth.clientIdMissing');
    }
    if (!secret && !settings.hasClientSecret) {
      errors.clientSecret = t('oauth.clientSecretMissing');
    }
    setMissing(errors);
    if (errors.clientId || errors.clientSecret) {
      refs[errors.clientId ? 'clientId' : 'clientSecret'].current?.focus();
      return;
    }

    const changed = id !== (settings.clientId ?? '') || secret !== '';
    const failed = await onStart(async () => {
      if (changed) {
        await onSave(secret ? { clientId: id, clientSecret: secret } : { clientId: id });
        setClientSecret('');
      }
    });
    if (failed?.field === 'clientId' || failed?.field === 'clientSecret') {
      refs[failed.field].current?.focus();
    }
  };

  const fieldError = (field: Field) =>
    missing[field] ?? (startError?.field === field ? startError.message : null);
  const fieldHint = (field: Field) => (startError?.field === field ? startError.hint : undefined);
  const formError =
    startError && startError.field !== 'clientId' && startError.field !== 'clientSecret';

  return (
    <form noValidate onSubmit={(event) => void onSubmit(event)}>
      <Stack space="space.200">
        <Text as="p" color="color.text.subtle">
          {t('oauth.intro')}
        </Text>
        {notConfigured ? (
          <OAuthSetupSteps
            callbackUrl={settings.callbackUrl}
            scopes={settings.scopes.length > 0 ? settings.scopes : defaultScopes}
          />
        ) : null}
        {failure ? <ApiErrorMessage title={t('oauth.failed')} error={failure} /> : null}
        {formError ? <ApiErrorMessage title={t('oauth.failed')} error={startError} /> : null}
        <TextField
          id="oauth-client-id"
          label={t('oauth.clientId')}
          autoComplete="off"
          value={clientId}
          onChange={setClientId}
          error={fieldError('clientId')}
          errorHint={fieldHint('clientId')}
          inputRef={refs.clientId}
        />
        <TextField
          id="oauth-client-secret"
          label={t('oauth.clientSecret')}
          type="password"
          autoComplete="off"
          value={clientSecret}
          onChange={setClientSecret}
          placeholder={settings.hasClientSecret ? t('oauth.secretSaved') : undefined}
          helper={settings.hasClientSecret ? t('oauth.secretSavedHelp') : undefined}
          error={fieldError('clientSecret')}
          errorHint={fieldHint('clientSecret')}
          inputRef={refs.clientSecret}
        />
        <Inline>
          <Button type="submit" appearance="primary" isLoading={starting} isDisabled={starting}>
            {t('oauth.submit')}
          </Button>
        </Inline>
      </Stack>
    </form>
  );
}
