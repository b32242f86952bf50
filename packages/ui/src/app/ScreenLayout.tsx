import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, xcss } from '@atlaskit/primitives';
import SectionMessage from '@atlaskit/section-message';
import { type ReactNode, useEffect, useRef } from 'react';

import { useI18n } from '../i18n/I18nProvider.tsx';
import { AppHeader } from './AppHeader.tsx';
import { AppNav } from './AppNav.tsx';
import { useAppStatus } from './app-status.ts';

const mainStyles = xcss({
  maxWidth: '1100px',
  marginInline: 'auto',
  paddingBlock: 'space.300',
  paddingInline: 'space.300',
});

// The title takes focus only so that screen readers announce a new screen. It is no control,
// so a focus ring on it would only suggest that it can be activated.
const titleStyles = xcss({
  ':focus': { outlineStyle: 'none' },
});

interface ScreenLayoutProps {
  title: string;
  /** Moves focus to the title when the screen opens, so keyboard and screen-reader users follow. */
  focusTitle: boolean;
  /** Buttons in the header bar after the screen buttons, such as Refresh. */
  actions?: ReactNode;
  /** Controls beside the title. */
  aside?: ReactNode;
  children: ReactNode;
}

/** Renders the frame of every screen, which is the header bar and then the main region under one `h1`. */
export function ScreenLayout({ title, focusTitle, actions, aside, children }: ScreenLayoutProps) {
  const { t } = useI18n();
  const { demo, connection } = useAppStatus();
  const titleRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusTitle) {
      titleRef.current?.focus();
    }
  }, [focusTitle]);

  return (
    <>
      <AppHeader
        demo={demo}
        actions={
          <>
            {actions}
            <AppNav />
          </>
        }
      />
      <Box as="main" xcss={mainStyles}>
        <Stack space="space.300">
          {connection === 'reconnecting' ? (
            <SectionMessage appearance="warning">{t('app.reconnecting')}</SectionMessage>
          ) : null}
          <Inline spread="space-between" alignBlock="center" space="space.200" shouldWrap>
            <Box ref={titleRef} tabIndex={-1} xcss={titleStyles}>
              <Heading size="large" as="h1">
                {title}
              </Heading>
            </Box>
            {aside}
          </Inline>
          {children}
        </Stack>
      </Box>
    </>
  );
}
