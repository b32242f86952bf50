import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Text, xcss } from '@atlaskit/primitives';
import { token } from '@atlaskit/tokens';
import type { ReactNode } from 'react';
import { NotificationIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const headerStyles = xcss({
  position: 'sticky',
  top: 'space.0',
  zIndex: 'navigation',
  backgroundColor: 'elevation.surface',
  borderBlockEndWidth: 'border.width',
  borderBlockEndStyle: 'solid',
  borderBlockEndColor: 'color.border',
});

const innerStyles = xcss({
  maxWidth: '1100px',
  marginInline: 'auto',
  paddingBlock: 'space.150',
  paddingInline: 'space.300',
});

interface AppHeaderProps {
  demo: boolean;
  /** The screen's navigation buttons, laid out at the end of the bar. */
  actions?: ReactNode;
}

// The app name stays whole in a narrow window; the screen buttons wrap instead.
const nameStyles = xcss({ whiteSpace: 'nowrap', flexShrink: 0 });

/** Renders the bar at the top of every screen with the app name, the demo marker and the screen's actions. */
export function AppHeader({ demo, actions }: AppHeaderProps) {
  const { t } = useI18n();

  return (
    <Box as="header" xcss={headerStyles}>
      <Box xcss={innerStyles}>
        <Inline spread="space-between" alignBlock="center" space="space.200">
          <Inline space="space.100" alignBlock="center">
            <NotificationIcon label="" color={token('color.icon.brand')} />
            <Box xcss={nameStyles}>
              <Text weight="bold" size="large">
                {t('app.name')}
              </Text>
            </Box>
            {demo ? (
              <span title={t('app.demoLabel')}>
                <Lozenge appearance="new">{t('app.demo')}</Lozenge>
              </span>
            ) : null}
          </Inline>
          {actions ? (
            <nav aria-label={t('nav.label')}>
              <Inline space="space.100" shouldWrap>
                {actions}
              </Inline>
            </nav>
          ) : null}
        </Inline>
      </Box>
    </Box>
  );
}
