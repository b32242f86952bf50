import type { AccountView } from '@atlassify/engine';

import { printLine } from './output.ts';

const authMethodLabel = { 'api-token': 'API token', oauth: 'OAuth' } as const;

const statusLabel = {
  ok: '',
  'sign-in-required': '  (sign in again: atlassify login)',
  'notifications-unavailable': '  (Atlassian refused OAuth for notifications: add an API token)',
} as const;

export function printAccounts(accounts: AccountView[]): void {
  if (accounts.length === 0) {
    printLine(
      'No accounts. Add one with `atlassify login --api-token --email you@example.com` or `atlassify login --oauth`.',
    );
    return;
  }

  for (const account of accounts) {
    const sites = account.sites.map((site) => site.host).join(', ');
    const store = account.demo
      ? '  [demo]'
      : account.credentialStore === 'file'
        ? '  [secrets in a plain file, not the keychain]'
        : '';
    printLine(
      `${account.name} <${account.email}>  ${authMethodLabel[account.authMethod]}${sites ? `  ${sites}` : ''}${statusLabel[account.status]}${store}`,
    );
  }
}
