import type { AccountView, Engine } from '@atlassify/engine';

import { ExitCode, ExitError } from '../exit/exit-error.ts';
import { readLine, readSecret } from '../input/read-secret.ts';
import { printError } from '../print/output.ts';

export interface ApiTokenLoginOptions {
  email: string | undefined;
}

/** Signs in with an email and an API token read from ATLASSIFY_API_TOKEN or standard input. */
export async function loginWithApiToken(
  engine: Engine,
  options: ApiTokenLoginOptions,
): Promise<AccountView> {
  if (!options.email) {
    throw new ExitError(
      '--email is required with --api-token.',
      ExitCode.usage,
      'Example: atlassify login --api-token --email you@example.com',
    );
  }

  const token = await readSecret({
    envName: 'ATLASSIFY_API_TOKEN',
    prompt: 'API token (input hidden): ',
    what: 'API token',
  });
  return engine.signInWithApiToken({ email: options.email, token });
}

export interface OAuthLoginOptions {
  clientId: string | undefined;
  browser: boolean;
}

async function resolveClientSecret(
  engine: Engine,
  clientId: string | undefined,
): Promise<string | undefined> {
  if (process.env.ATLASSIFY_OAUTH_CLIENT_SECRET) {
    return process.env.ATLASSIFY_OAUTH_CLIENT_SECRET;
  }

  const settings = await engine.getOAuthSettings();
  const sameClient = clientId === undefined || clientId === settings.clientId;
  if (sameClient && settings.hasClientSecret) {
    return undefined;
  }
  if (!process.stdin.isTTY) {
    return undefined;
  }
  return readSecret({
    envName: 'ATLASSIFY_OAUTH_CLIENT_SECRET',
    prompt: 'OAuth client secret (input hidden): ',
    what: 'OAuth client secret',
  });
}

/**
 * Signs in through the browser and always prints the authorize URL. Without a browser the user
 * pastes the URL the browser was sent back to, and a redirect that reaches the listener still
 * completes the sign-in. When the callback port is busy, pasting is the only way, and the
 * command prints that. Ctrl-C cancels and closes the listener.
 */
export async function loginWithOAuth(
  engine: Engine,
  options: OAuthLoginOptions,
): Promise<AccountView> {
  const clientSecret = await resolveClientSecret(engine, options.clientId);
  const handle = await engine.beginOAuthSignIn({
    ...(options.clientId === undefined ? {} : { clientId: options.clientId }),
    ...(clientSecret === undefined ? {} : { clientSecret }),
    openBrowser: options.browser,
  });

  // Listen for Ctrl-C before printing the URL, so an interrupt right after it still cancels.
  // The listener stays until the sign-in ends. Without it, signal-exit (loaded by proper-lockfile)
  // would re-raise the signal and end the process before it prints that the sign-in was cancelled.
  const cancelOnInterrupt = () => handle.cancel();
  process.on('SIGINT', cancelOnInterrupt);

  try {
    if (handle.callbackProblem) {
      printError(handle.callbackProblem.message);
      printError(
        'Continuing without the callback listener: the browser cannot return to Atlassify by itself, so paste the URL it was sent to.',
      );
    }
    printError('Open this URL in a browser to sign in with Atlassian:');
    printError(`  ${handle.authorizeUrl}`);

    if (!options.browser) {
      const fromListener = handle.result.then((account) => ({ account }));
      // A pasted URL settles the race first; a later failure of the listener has no reader.
      fromListener.catch(() => {});
      const outcome = await Promise.race([
        readLine('Paste the URL your browser was redirected to: ', 'redirected URL').then(
          (pasted) => ({ pasted }),
        ),
        fromListener,
      ]);
      return 'account' in outcome
        ? outcome.account
        : await handle.completeWithRedirectUrl(outcome.pasted);
    }
    printError('Waiting for the browser to come back (Ctrl-C cancels)…');
    return await handle.result;
  } finally {
    process.removeListener('SIGINT', cancelOnInterrupt);
  }
}
