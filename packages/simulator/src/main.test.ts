import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ME } from '../test/documents.ts';
import { basicAuth, startTestSimulator } from '../test/simulator.ts';

const BIN = fileURLToPath(new URL('../bin/atlassify-simulator.js', import.meta.url));

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

const children: ChildProcess[] = [];

function runCli(args: string[]) {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  const finished = new Promise<Finished>((resolve) => {
    // 'close' comes after the last output, which 'exit' may precede.
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
  const output = () => stdout;
  return { child, finished, output };
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}.`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

afterEach(() => {
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
    }
  }
});

describe('simulator command line', () => {
  it('prints base url and serves', async () => {
    const cli = runCli(['--port', '0']);
    await waitFor(
      () => cli.output().includes('ATLASSIFY_ATLASSIAN_BASE_URL='),
      'the start message',
    );

    const url = /running at (http:\/\/127\.0\.0\.1:\d+)\n/.exec(cli.output())?.[1] ?? '';
    const response = await fetch(`${url}/gateway/api/graphql`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: basicAuth('demo@atlassify.test', 'demo-api-token'),
      },
      body: JSON.stringify({ query: ME }),
    });
    await waitFor(
      () => cli.output().includes('POST /gateway/api/graphql Me -> 200 (basic)'),
      'the request line',
    );
    cli.child.kill('SIGTERM');
    const finished = await cli.finished;

    expect(response.status).toBe(200);
    expect(finished.stdout).toContain('  user email:          demo@atlassify.test');
    expect(finished.stdout).toContain('  API token:           demo-api-token');
    expect(finished.stdout).toContain('  OAuth client id:     atlassify-demo-client');
    expect(finished.stdout).toContain('  OAuth client secret: atlassify-demo-secret');
    expect(finished.stdout).toContain('  callback URL:        http://localhost:3000/callback');
    expect(finished.stdout).toContain(
      `Point Atlassify at it with ATLASSIFY_ATLASSIAN_BASE_URL=${url}\n`,
    );
    expect(finished.stdout).toContain('stopped (SIGTERM)');
    expect(finished.code).toBe(0);
  });

  it('flags change the credentials', async () => {
    const cli = runCli([
      '--port=0',
      '--user-email',
      'me@example.test',
      '--api-token',
      'tok',
      '--client-id',
      'cid',
      '--client-secret',
      'csec',
      '--callback-url',
      'http://127.0.0.1:5000/cb',
      '--auto-consent',
      '--access-token-ttl',
      '120',
      '--refuse-oauth-notifications',
      '--quiet',
    ]);
    // The signal goes out the moment the banner arrives, as a script reading the output would.
    await new Promise<void>((resolve) => {
      cli.child.stdout?.on('data', () => {
        if (cli.output().includes('ATLASSIFY_ATLASSIAN_BASE_URL=')) {
          resolve();
        }
      });
    });
    cli.child.kill('SIGINT');
    const finished = await cli.finished;

    expect(finished.stdout).toContain('me@example.test');
    expect(finished.stdout).toContain('OAuth client id:     cid');
    expect(finished.stdout).toContain('http://127.0.0.1:5000/cb');
    expect(finished.code).toBe(0);
  });

  it('bad flags exit with 2', async () => {
    const cases: Array<[string[], string]> = [
      [['--port', 'abc'], '--port "abc" is not a whole number'],
      [['--port', '70000'], 'Port "70000" is invalid'],
      [['--access-token-ttl', '0'], 'lifetime "0" is invalid'],
      [['--callback-url', 'localhost:3000'], 'Callback URL "localhost:3000" is invalid'],
      [['--user-email', 'nobody'], 'User email "nobody" is invalid'],
      [['--colour'], "Unknown option '--colour'"],
    ];
    for (const [args, message] of cases) {
      const finished = await runCli(args).finished;

      expect(finished.code, args.join(' ')).toBe(2);
      expect(finished.stderr, args.join(' ')).toContain(message);
    }
  });

  it('busy port exits with 1', async () => {
    const holder = await startTestSimulator();
    try {
      const finished = await runCli(['--port', String(holder.port)]).finished;

      expect(finished.code).toBe(1);
      expect(finished.stderr).toContain(`Port ${holder.port} on 127.0.0.1 is already in use`);
    } finally {
      await holder.close();
    }
  });

  it('help lists every flag', async () => {
    const finished = await runCli(['--help']).finished;

    expect(finished.code).toBe(0);
    for (const flag of [
      '--port',
      '--user-email',
      '--api-token',
      '--client-id',
      '--client-secret',
      '--callback-url',
      '--auto-consent',
      '--access-token-ttl',
      '--refuse-oauth-notifications',
    ]) {
      expect(finished.stdout, flag).toContain(flag);
    }
  });
});
