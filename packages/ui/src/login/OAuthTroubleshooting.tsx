import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';

import { Code } from '../components/Code.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

/** Explains what to check when the browser does not return, and the API token fallback. */
export function OAuthTroubleshooting({ callbackUrl }: { callbackUrl: string }) {
  const { t, rich } = useI18n();

  return (
    <Stack space="space.075">
      <Heading size="xxsmall" as="h2">
        {t('oauth.troubleshooting')}
      </Heading>
      <Text as="p" size="small" color="color.text.subtle">
        {rich('oauth.troubleshootingCallback', { callbackUrl: <Code>{callbackUrl}</Code> })}
      </Text>
      <Text as="p" size="small" color="color.text.subtle">
        {t('oauth.troubleshootingFallback')}
      </Text>
    </Stack>
  );
}
