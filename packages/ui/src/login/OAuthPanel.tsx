import Button from '@atlaskit/button/new';
import { Stack } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

import type { OAuthSignInView } from '../api/contract.ts';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { OAuthForm } from './OAuthForm.tsx';
import { OAuthProgress } from './OAuthProgress.tsx';
import { OAuthTroubleshooting } from './OAuthTroubleshooting.tsx';
import { useOAuthSettings } from './use-oauth-settings.ts';
import { useOAuthSignIn } from './use-oauth-sign-in.ts';

/** The callback URL shown when the settings cannot be read. It is the engine's default too. */
export const defaultCallbackUrl = 'http://localhost:3000/callback';

interface OAuthPanelProps {
  oauth: OAuthSignInView;
  onSignedIn: () => Promise<void>;
}

/** Renders the OAuth (SSO) tab with the client settings and sign-in, or a running sign-in. */
export function OAuthPanel({ oauth, onSignedIn }: OAuthPanelProps) {
  const { t } = useI18n();
  const { settings, error: settingsError, reload, save } = useOAuthSettings();
  const signIn = useOAuthSignIn(oauth, onSignedIn);
  const callbackUrl = settings?.callbackUrl ?? defaultCallbackUrl;

  let body: JSX.Element;
  if (signIn.running) {
    body = <OAuthProgress view={signIn.view} onCancel={() => void signIn.cancel()} />;
  } else if (settings) {
    body = (
      <OAuthForm
        settings={settings}
        starting={signIn.starting}
        startError={signIn.error}
        failure={signIn.failure}
        onSave={save}
        onStart={signIn.start}
      />
    );
  } else if (settingsError) {
    body = (
      <Stack space="space.150" alignInline="start">
        <ApiErrorMessage title={t('oauth.settingsFailed')} error={settingsError} />
        <Button onClick={() => void reload()}>{t('app.retry')}</Button>
      </Stack>
    );
  } else {
    body = <Spinner size="medium" label={t('app.loading')} />;
  }

  return (
    <Stack space="space.300">
      {signIn.running && signIn.error ? (
        <ApiErrorMessage title={t('oauth.failed')} error={signIn.error} />
      ) : null}
      {body}
      <OAuthTroubleshooting callbackUrl={callbackUrl} />
    </Stack>
  );
}
