import Lozenge from '@atlaskit/lozenge';
import { Box, Text, xcss } from '@atlaskit/primitives';

import type { AccountView } from '../api/contract.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

const listStyles = xcss({
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: 'space.200',
  rowGap: 'space.075',
  alignItems: 'baseline',
  margin: 'space.0',
  padding: 'space.0',
});

const valueStyles = xcss({ margin: 'space.0' });

function StatusLozenge({ status }: { status: AccountView['status'] }) {
  const { t } = useI18n();
  if (status === 'sign-in-required') {
    return <Lozenge appearance="removed">{t('accounts.statusSignInRequired')}</Lozenge>;
  }
  if (status === 'notifications-unavailable') {
    return <Lozenge appearance="moved">{t('accounts.statusNotificationsUnavailable')}</Lozenge>;
  }
  return <Lozenge appearance="success">{t('accounts.statusOk')}</Lozenge>;
}

/** The sign-in method, granted scopes (OAuth), sites and status of an account as a description list. */
export function AccountDetails({ account }: { account: AccountView }) {
  const { t } = useI18n();
  const hosts = account.sites.map((site) => site.host);

  return (
    <Box as="dl" xcss={listStyles}>
      <Box as="dt">
        <Text color="color.text.subtle">{t('accounts.signInMethod')}</Text>
      </Box>
      <Box as="dd" xcss={valueStyles}>
        <Text>{account.authMethod === 'oauth' ? t('accounts.oauth') : t('accounts.apiToken')}</Text>
      </Box>
      {account.authMethod === 'oauth' ? (
        <>
          <Box as="dt">
            <Text color="color.text.subtle">{t('accounts.scopes')}</Text>
          </Box>
          <Box as="dd" xcss={valueStyles}>
            <Text>{account.scopes.join(', ')}</Text>
          </Box>
        </>
      ) : null}
      <Box as="dt">
        <Text color="color.text.subtle">{t('accounts.sites')}</Text>
      </Box>
      <Box as="dd" xcss={valueStyles}>
        <Text>{hosts.length > 0 ? hosts.join(', ') : t('accounts.allSites')}</Text>
      </Box>
      <Box as="dt">
        <Text color="color.text.subtle">{t('accounts.status')}</Text>
      </Box>
      <Box as="dd" xcss={valueStyles}>
        <StatusLozenge status={account.status} />
      </Box>
    </Box>
  );
}
