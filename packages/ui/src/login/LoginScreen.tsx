import Button from '@atlaskit/button/new';
import { Box, Text, xcss } from '@atlaskit/primitives';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';

import type { OAuthSignInView } from '../api/contract.ts';
import type { SignInPrefill } from '../app/route.ts';
import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { ApiTokenForm } from './ApiTokenForm.tsx';
import { OAuthPanel } from './OAuthPanel.tsx';

const cardStyles = xcss({
  maxWidth: '600px',
  padding: 'space.300',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

const panelStyles = xcss({ width: '100%', paddingBlockStart: 'space.250' });

interface LoginScreenProps {
  /** True while no account exists, so the screen greets the user instead of offering Cancel. */
  isWelcome: boolean;
  focusTitle: boolean;
  oauth: OAuthSignInView;
  /** Opens a tab for a known account, with its email filled in on the API Token tab. */
  prefill?: SignInPrefill | null;
  onSignedIn: () => Promise<void>;
  onCancel: () => void;
}

/** Sign-in with an API token or through OAuth, as the first screen or as Add account. */
export function LoginScreen({
  isWelcome,
  focusTitle,
  oauth,
  prefill = null,
  onSignedIn,
  onCancel,
}: LoginScreenProps) {
  const { t } = useI18n();

  return (
    <ScreenLayout
      title={isWelcome ? t('login.welcome') : t('login.addAccount')}
      focusTitle={focusTitle}
      aside={isWelcome ? null : <Button onClick={onCancel}>{t('login.cancel')}</Button>}
    >
      {isWelcome ? (
        <Text as="p" size="large" color="color.text.subtle">
          {t('login.tagline')}
        </Text>
      ) : null}
      <Box xcss={cardStyles}>
        <Tabs
          id="sign-in-method"
          // A new prefill mounts the tabs again, so the requested tab opens.
          key={prefill ? `${prefill.method}:${prefill.email}` : 'default'}
          defaultSelected={prefill?.method === 'oauth' ? 1 : 0}
        >
          <TabList>
            <Tab>{t('login.tabApiToken')}</Tab>
            <Tab>{t('login.tabOAuth')}</Tab>
          </TabList>
          <TabPanel>
            <Box xcss={panelStyles}>
              <ApiTokenForm
                onSignedIn={onSignedIn}
                initialEmail={prefill?.method === 'api-token' ? prefill.email : ''}
              />
            </Box>
          </TabPanel>
          <TabPanel>
            <Box xcss={panelStyles}>
              <OAuthPanel oauth={oauth} onSignedIn={onSignedIn} />
            </Box>
          </TabPanel>
        </Tabs>
      </Box>
    </ScreenLayout>
  );
}
