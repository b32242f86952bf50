import Button from '@atlaskit/button/new';
import { Box, Stack, xcss } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';

import type { ApiError } from '../api/contract.ts';
import { ApiErrorMessage } from '../components/ApiErrorMessage.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';

const containerStyles = xcss({
  maxWidth: '560px',
  marginInline: 'auto',
  paddingBlock: 'space.1000',
  paddingInline: 'space.300',
});

interface StartupScreenProps {
  error: ApiError | null;
  onRetry: () => void;
}

/** Shows a spinner before the first snapshot, or the reason it could not load. */
export function StartupScreen({ error, onRetry }: StartupScreenProps) {
  const { t } = useI18n();

  return (
    <Box as="main" xcss={containerStyles}>
      {error ? (
        <Stack space="space.200" alignInline="start">
          <ApiErrorMessage headingLevel="h1" title={t('app.loadFailed')} error={error} />
          <Button onClick={onRetry}>{t('app.retry')}</Button>
        </Stack>
      ) : (
        <Stack space="space.200" alignInline="center">
          <Spinner size="large" label={t('app.loading')} />
        </Stack>
      )}
    </Box>
  );
}
