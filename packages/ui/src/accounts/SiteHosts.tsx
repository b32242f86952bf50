import Button, { IconButton } from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { type FormEvent, useId, useState } from 'react';

import type { AccountSiteView } from '../api/contract.ts';
import { CrossIcon } from '../components/icons.ts';
import { TextField } from '../components/TextField.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { siteErrorText } from './site-error-text.ts';
import { useSiteHosts } from './use-site-hosts.ts';

const listStyles = xcss({ margin: 'space.0', padding: 'space.0' });
const itemStyles = xcss({ listStyle: 'none' });

interface SiteHostsProps {
  accountId: string;
  sites: AccountSiteView[];
}

/**
 * The site host names added to an account, each fetched besides the account's unscoped feed,
 * with a field to add one (a host or a pasted site URL) and a remove button per host.
 */
export function SiteHosts({ accountId, sites }: SiteHostsProps) {
  const { t } = useI18n();
  const headingId = useId();
  const [host, setHost] = useState('');
  const siteHosts = useSiteHosts(accountId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await siteHosts.add(host)) {
      setHost('');
    }
  };
  const error = siteHosts.error ? siteErrorText(siteHosts.error, host, t) : null;

  return (
    <Box as="section" aria-labelledby={headingId} testId="site-hosts">
      <Stack space="space.100">
        <Heading size="xsmall" as="h3" id={headingId}>
          {t('sites.title')}
        </Heading>
        <Text as="p" size="small" color="color.text.subtle">
          {t('sites.help')}
        </Text>
        {sites.length > 0 ? (
          <Box as="ul" xcss={listStyles}>
            {sites.map((site) => (
              <Box as="li" key={site.host} xcss={itemStyles}>
                <Inline space="space.100" alignBlock="center">
                  <Text>{site.host}</Text>
                  <IconButton
                    appearance="subtle"
                    spacing="compact"
                    icon={CrossIcon}
                    label={t('sites.remove', { host: site.host })}
                    isLoading={siteHosts.removing === site.host}
                    onClick={() => void siteHosts.remove(site.host)}
                  />
                </Inline>
              </Box>
            ))}
          </Box>
        ) : null}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Inline space="space.100" alignBlock="end">
            <TextField
              id={`site-host-${accountId}`}
              label={t('sites.host')}
              value={host}
              placeholder="your-domain.atlassian.net"
              onChange={setHost}
              error={error?.message ?? null}
              errorHint={error?.hint}
            />
            <Button type="submit" isLoading={siteHosts.adding}>
              {t('sites.add')}
            </Button>
          </Inline>
        </form>
      </Stack>
    </Box>
  );
}
