import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { access, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

import { type RunningSimulator, startSimulator } from '@atlassify/simulator';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

import { type KeyringSession, startKeyringSession } from '../../test/keyring/session.ts';
import { freeCallbackUrl, signInWithOAuth } from '../../test/oauth/sign-in.ts';
import { type AccountRecord, AccountRepository } from '../accounts/index.ts';
import { endpointsForBaseUrl } from '../config/endpoints.ts';
import {
  FileSecretStore,
  KeychainSecretStore,
  readTokenSet,
  type TokenSet,
} from '../credentials/index.ts';
import { statePaths } from '../store/index.ts';
import type { OAuthContext } from './oauth-context.ts';

const childScript = fileURLToPath(new URL('../../test/refresh/refresh-child.ts', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const hour = 3600_000;

interface ChildEvent {
  event: 'ready' | 'done' | 'failed';
  status?: number;
  authorizationHash?: string;
  code?: string;
}

/** A refresh child process and the JSON lines it printed. */
interface RefreshChild {
  process: ChildProcess;
  events: ChildEvent[];
  stderr: () => string;
  /** Resolves with the first event of `kind`, or rejects when the child exits first. */
  waitFor(kind: ChildEvent['event']): Promise<ChildEvent>;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
}

function hashOf(authorization: string): string {
  return createHash('sha256').update(authorization).digest('hex');
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

describe('token refresh across processes', () => {
  let keyring: KeyringSession;
  let simulator: RunningSimulator;
  let callbackUrl: string;
  let simulatorNow: number;
  let home: string;
  let service: string;
  let context: OAuthContext;
  let children: RefreshChild[];

  beforeAll(async () => {
    keyring = await startKeyringSession('unlocked');
    callbackUrl = await freeCallbackUrl();
    simulatorNow = Date.now();
    simulator = await startSimulator({
      port: 0,
      autoConsent: true,
      callbackUrl,
      seed: false,
      now: () => new Date(simulatorNow),
    });
  });

  afterAll(async () => {
    await simulator?.close();
    await keyring?.stop();
  });

  beforeEach(async () => {
    simulator.control.reset();
    simulatorNow = Date.now();
    children = [];
    home = await mkdtemp(join(tmpdir(), 'atlassify-processes-'));
    service = `atlassify-test-${home.slice(-6)}`;
    context = {
      endpoints: endpointsForBaseUrl(simulator.url),
      accounts: AccountRepository.forStateHome(home),
      secrets: new KeychainSecretStore({ service }),
      stateHome: home,
      env: {
        ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
        ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
      },
      distributionConfigPath: join(home, 'distribution.json'),
      // Signing in two hours in the past stores an access token that the children find expired,
      // while the simulator still accepts it: only the children's refresh is under test.
      now: () => Date.now() - 2 * hour,
    };
  });

  afterEach(async () => {
    simulator.control.setHoldRefreshResponses(false);
    for (const child of children) {
      if (child.process.exitCode === null && child.process.signalCode === null) {
        child.process.kill('SIGKILL');
        await child.exited;
      }
    }
  });

  /** Signs in through the store that `ATLASSIFY_CREDENTIAL_STORE=file` selects, for the children. */
  function useFileStore(): void {
    context.secrets = new FileSecretStore(statePaths(home).credentialsFile);
  }

  /** Starts `refresh-child.ts` with `node --import tsx` on the shared secret store and home. */
  function startChild(accountId: string): RefreshChild {
    const child = spawn(process.execPath, ['--import', 'tsx', childScript], {
      cwd: repositoryRoot,
      env: {
        ...process.env,
        ...keyring.env,
        ATLASSIFY_HOME: home,
        ATLASSIFY_ATLASSIAN_BASE_URL: simulator.url,
        ATLASSIFY_KEYCHAIN_SERVICE: service,
        ATLASSIFY_CREDENTIAL_STORE: context.secrets.kind,
        ATLASSIFY_OAUTH_CLIENT_ID: simulator.options.clientId,
        ATLASSIFY_OAUTH_CLIENT_SECRET: simulator.options.clientSecret,
        REFRESH_ACCOUNT_ID: accountId,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const events: ChildEvent[] = [];
    const waiters: Array<{ kind: ChildEvent['event']; resolve: (event: ChildEvent) => void }> = [];
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    createInterface({ input: child.stdout as NodeJS.ReadableStream }).on('line', (line) => {
      const event = JSON.parse(line) as ChildEvent;
      events.push(event);
      for (const waiter of waiters.filter((entry) => entry.kind === event.event)) {
        waiter.resolve(event);
      }
    });
    // 'close' comes after the last output line, so an event printed just before exiting is seen.
    const exited = once(child, 'close') as Promise<[number | null, NodeJS.Signals | null]>;

    const started: RefreshChild = {
      process: child,
      events,
      stderr: () => stderr,
      waitFor: (kind) => {
        const earlier = events.find((event) => event.event === kind);
        if (earlier) {
          return Promise.resolve(earlier);
        }
        return new Promise((resolve, reject) => {
          waiters.push({ kind, resolve });
          void exited.then(([code, signal]) => {
            const seen = events.find((event) => event.event === kind);
            if (seen) {
              resolve(seen);
            } else {
              reject(new Error(`child exited (${signal ?? code}) before "${kind}": ${stderr}`));
            }
          });
        });
      },
      exited,
    };
    children.push(started);
    return started;
  }

  function tokenRequests() {
    return simulator.control.requests().filter((entry) => entry.path === '/oauth/token');
  }

  async function signIn(): Promise<{ account: AccountRecord; tokens: TokenSet | null }> {
    const account = await signInWithOAuth(context, callbackUrl);
    simulator.control.clearRequests();
    return { account, tokens: await readTokenSet(context.secrets, account.id) };
  }

  it.each(['keychain', 'file'] as const)('two processes refresh once (%s)', async (store) => {
    if (store === 'file') {
      useFileStore();
    }
    const { account, tokens: before } = await signIn();
    simulator.control.setHoldRefreshResponses(true);

    const first = startChild(account.id);
    const second = startChild(account.id);
    await Promise.all([first.waitFor('ready'), second.waitFor('ready')]);
    // One child holds the lock and waits for its refresh; the other waits for the lock.
    await expect.poll(() => simulator.control.heldRefreshResponses(), { timeout: 20_000 }).toBe(1);
    simulator.control.setHoldRefreshResponses(false);
    const results = await Promise.all([first.waitFor('done'), second.waitFor('done')]);
    const after = await readTokenSet(context.secrets, account.id);

    expect(tokenRequests()).toEqual([expect.objectContaining({ status: 200 })]);
    expect(results.map((result) => result.status)).toEqual([200, 200]);
    expect(results[0]?.authorizationHash).toBe(results[1]?.authorizationHash);
    expect(results[0]?.authorizationHash).toBe(hashOf(`Bearer ${after?.accessToken}`));
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    expect((await context.accounts.get(account.id))?.status).toBe('ok');
    expect((await context.accounts.get(account.id))?.credentialStore).toBe(store);
  });

  it('refreshes after a process dies mid-refresh', async () => {
    const { account, tokens: before } = await signIn();
    const lock = statePaths(home).refreshLockFile(account.id);
    simulator.control.setHoldRefreshResponses(true);

    const killed = startChild(account.id);
    // The simulator has rotated the refresh token, but its response never reaches the child.
    await expect.poll(() => simulator.control.heldRefreshResponses(), { timeout: 20_000 }).toBe(1);
    killed.process.kill('SIGKILL');
    await killed.exited;
    const lockLeft = await exists(`${lock}.lock`);
    simulator.control.setHoldRefreshResponses(false);

    const fresh = startChild(account.id);
    const result = await fresh.waitFor('done');
    const after = await readTokenSet(context.secrets, account.id);

    expect(lockLeft).toBe(true);
    expect(result.status).toBe(200);
    expect(result.authorizationHash).toBe(hashOf(`Bearer ${after?.accessToken}`));
    expect(after?.refreshToken).not.toBe(before?.refreshToken);
    await expect.poll(() => tokenRequests().map((entry) => entry.status)).toEqual([200, 200]);
    expect(await fresh.exited).toEqual([0, null]);
    expect(await exists(`${lock}.lock`)).toBe(false);

    // The stored token is the family's current one: after the 10-minute leeway the earlier
    // one would revoke the family, the current one still rotates.
    simulatorNow += 11 * 60_000;
    const direct = await fetch(`${simulator.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: after?.refreshToken ?? '',
        client_id: simulator.options.clientId,
        client_secret: simulator.options.clientSecret,
      }),
    });
    await direct.body?.cancel();
    expect(direct.status).toBe(200);
  });
});
