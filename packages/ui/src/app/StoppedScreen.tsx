import Heading from '@atlaskit/heading';
import { Box, Stack, Text, xcss } from '@atlaskit/primitives';

import { Code } from '../components/Code.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

const containerStyles = xcss({
  maxWidth: '560px',
  marginInline: 'auto',
  paddingBlock: 'space.1000',
  paddingInline: 'space.300',
});

/**
 * Shown after Quit: the engine has stopped, so the window can only tell how to start it again,
 * the demo with `--demo`.
 */
export function StoppedScreen({ demo }: { demo: boolean }) {
  const { t, rich } = useI18n();
  // As the README writes it: the CLI runs from the project through npx.
  const command = demo ? 'npx atlassify start --demo' : 'npx atlassify start';
  return (
    <Box as="main" xcss={containerStyles} testId="stopped">
      <Stack space="space.200">
        <Heading size="large" as="h1">
          {t('app.stopped')}
        </Heading>
        <Text as="p">{rich('app.stoppedBody', { command: <Code>{command}</Code> })}</Text>
      </Stack>
    </Box>
  );
}
