// One process of the cross-process refresh tests: builds the credential provider from the
// environment as the CLI does, gets the credential of REFRESH_ACCOUNT_ID and checks it with a
// GraphQL request. It prints JSON lines; the credential appears only as a SHA-256 hash.
import { createHash } from 'node:crypto';

import { AccountRepository } from '../../src/accounts/index.ts';
import {
  endpointsFromEnvironment,
  stateHomeFromEnvironment,
} from '../../src/config/environment.ts';
import { secretStoreFromEnvironment } from '../../src/credentials/index.ts';
import { isAtlassifyError } from '../../src/errors/atlassify-error.ts';
import { OAuthCredentialProvider } from '../../src/oauth/index.ts';

function report(event: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(event)}\n`);
}

const accountId = process.env.REFRESH_ACCOUNT_ID ?? '';
const stateHome = stateHomeFromEnvironment();
const endpoints = endpointsFromEnvironment();
const provider = new OAuthCredentialProvider({
  endpoints,
  accounts: AccountRepository.forStateHome(stateHome),
  secrets: secretStoreFromEnvironment(),
  stateHome,
  env: process.env,
});

report({ event: 'ready', pid: process.pid });
try {
  const credential = await provider.getCredential(accountId);
  const response = await fetch(credential.graphqlUrl, {
    method: 'POST',
    headers: { authorization: credential.authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query { notifications { unseenNotificationCount } }' }),
  });
  await response.body?.cancel();
  report({
    event: 'done',
    status: response.status,
    authorizationHash: createHash('sha256').update(credential.authorization).digest('hex'),
  });
} catch (error) {
  report({ event: 'failed', code: isAtlassifyError(error) ? error.code : 'UNEXPECTED' });
  process.exitCode = 1;
}
