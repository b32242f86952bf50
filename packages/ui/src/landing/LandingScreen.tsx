import Button from '@atlaskit/button/new';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';

import { ScreenLayout } from '../app/ScreenLayout.tsx';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { AddIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { productNames } from '../notifications/products.ts';
import { useDemo } from './use-demo.ts';

const cardStyles = xcss({
  maxWidth: '640px',
  padding: 'space.400',
  borderRadius: 'radius.large',
  backgroundColor: 'elevation.surface.raised',
  boxShadow: 'elevation.shadow.raised',
});

// A list of chips: no indent, no bullets, and no gap above each item after the first.
const productListStyles = xcss({ margin: 'space.0', padding: 'space.0' });

const productStyles = xcss({
  display: 'block',
  margin: 'space.0',
  paddingBlock: 'space.025',
  paddingInline: 'space.100',
  borderRadius: 'radius.full',
  backgroundColor: 'color.background.neutral',
});

interface LandingScreenProps {
  focusTitle: boolean;
  onAddAccount: () => void;
}

/** The first screen without an account: what Atlassify is, Add account and Try the demo. */
export function LandingScreen({ focusTitle, onAddAccount }: LandingScreenProps) {
  const { t } = useI18n();
  const demo = useDemo();
  const products = Object.entries(productNames).filter(([slug]) => slug !== 'unknown');

  return (
    <ScreenLayout title={t('login.welcome')} focusTitle={focusTitle}>
      <Box xcss={cardStyles} testId="landing">
        <Stack space="space.300">
          <Text as="p" size="large">
            {t('landing.tagline')}
          </Text>
          <Text as="p" color="color.text.subtle">
            {t('landing.body')}
          </Text>
          <Inline
            space="space.075"
            shouldWrap
            as="ul"
            aria-label={t('landing.products')}
            xcss={productListStyles}
          >
            {products.map(([slug, name]) => (
              <Box as="li" key={slug} xcss={productStyles}>
                <Text size="small">{name}</Text>
              </Box>
            ))}
          </Inline>
          {demo.error ? (
            <ApiErrorMessage title={t('landing.demoFailed')} error={demo.error} />
          ) : null}
          <Inline space="space.150">
            <Button appearance="primary" iconBefore={AddIcon} onClick={onAddAccount}>
              {t('accounts.add')}
            </Button>
            <Button isLoading={demo.starting} onClick={() => void demo.start()}>
              {t('landing.tryDemo')}
            </Button>
          </Inline>
          <Text as="p" size="small" color="color.text.subtle">
            {t('landing.demoHelp')}
          </Text>
        </Stack>
      </Box>
    </ScreenLayout>
  );
}
