import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { Fragment } from 'react';

import { Code } from '../components/Code.tsx';
import { ExternalLink } from '../components/ExternalLink.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

export const developerConsoleUrl = 'https://developer.atlassian.com/console/myapps/';

const listStyles = xcss({ paddingInlineStart: 'space.300', margin: 'space.0' });

interface OAuthSetupStepsProps {
  callbackUrl: string;
  scopes: readonly string[];
}

/** Scopes as a list in the user's language ("a, b and c"), each one as code. */
function ScopeList({ scopes }: { scopes: readonly string[] }) {
  const { language } = useI18n();
  const parts = new Intl.ListFormat(language, { type: 'conjunction' }).formatToParts(scopes);
  return (
    <>
      {parts.map((part, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: list-format parts never reorder.
        <Fragment key={index}>
          {part.type === 'element' ? <Code>{part.value}</Code> : part.value}
        </Fragment>
      ))}
    </>
  );
}

/** "OAuth Client ID not configured", with the steps to create an OAuth app. */
export function OAuthSetupSteps({ callbackUrl, scopes }: OAuthSetupStepsProps) {
  const { t, rich } = useI18n();

  return (
    <SectionMessage appearance="error" title={t('oauth.notConfigured')} testId="oauth-setup-steps">
      <Stack space="space.100">
        <Text as="p">{t('oauth.notConfiguredBody')}</Text>
        <Box as="ol" xcss={listStyles}>
          <li>
            {rich('oauth.stepConsole', {
              console: (
                <ExternalLink href={developerConsoleUrl}>{t('oauth.consoleLink')}</ExternalLink>
              ),
            })}
          </li>
          <li>{t('oauth.stepCreate')}</li>
          <li>{rich('oauth.stepScopes', { scopes: <ScopeList scopes={scopes} /> })}</li>
          <li>{rich('oauth.stepCallback', { callbackUrl: <Code>{callbackUrl}</Code> })}</li>
          <li>{t('oauth.stepSave')}</li>
          <li>{t('oauth.stepCopy')}</li>
        </Box>
      </Stack>
    </SectionMessage>
  );
}
