import { readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { launchChromium, saveScreenshot } from './harness/chromium.ts';
import { makeTestHome } from './harness/dirs.ts';
import { freePort } from './harness/ports.ts';
import { isProcessRunning, runCommand, spawnAndWaitForLine } from './harness/processes.ts';
import { startSessionWithKeyring } from './harness/session-bus.ts';

const page = `<!doctype html>
<title>harness probe</title>
<button id="probe" onclick="this.textContent = 'clicked'">click me</button>`;

const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('Chromium harness', () => {
  it('clicks a served button', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(page);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const { port } = server.address() as AddressInfo;

    const browser = await launchChromium();
    onTestFinished(() => browser.close());
    const tab = await browser.newPage();
    await tab.goto(`http://127.0.0.1:${port}/`);
    await tab.click('#probe');

    expect(await tab.textContent('#probe')).toBe('clicked');

    const screenshot = await saveScreenshot(tab);
    expect(screenshot).toMatch(/test-artifacts\/Chromium-harness-clicks-a-served-button\.png$/);
    const header = (await readFile(screenshot)).subarray(0, pngSignature.length);
    expect(header.equals(pngSignature)).toBe(true);
  });
});

describe('session bus harness', () => {
  it('stores and looks up a secret', async () => {
    const home = await makeTestHome('keyring');
    onTestFinished(() => home.remove());
    const session = await startSessionWithKeyring({ home });
    onTestFinished(() => session.stop());

    const secret = 'probe-secret-ÄÖ€-7283';
    const attributes = ['service', 'atlassify-probe', 'account', 'x'];
    const stored = await runCommand('secret-tool', ['store', '--label=probe', ...attributes], {
      env: session.env,
      input: secret,
    });
    expect(stored.stderr).toBe('');
    expect(stored.code).toBe(0);

    const lookup = await runCommand('secret-tool', ['lookup', ...attributes], { env: session.env });
    expect(lookup.code).toBe(0);
    expect(lookup.stdout).toBe(secret);

    const keyringFile = join(home.env.XDG_DATA_HOME, 'keyrings', 'login.keyring');
    expect((await stat(keyringFile)).isFile()).toBe(true);
  });

  it('stop ends bus and keyring', async () => {
    const home = await makeTestHome('keyring-stop');
    onTestFinished(() => home.remove());
    const session = await startSessionWithKeyring({ home });

    expect(isProcessRunning(session.busPid)).toBe(true);
    expect(isProcessRunning(session.keyringPid)).toBe(true);
    await session.stop();

    expect(isProcessRunning(session.busPid)).toBe(false);
    expect(isProcessRunning(session.keyringPid)).toBe(false);
  });
});

describe('test home', () => {
  it('creates private runtime folder', async () => {
    const home = await makeTestHome('dirs');
    onTestFinished(() => home.remove());

    const runtime = await stat(home.env.XDG_RUNTIME_DIR);
    expect(runtime.mode & 0o777).toBe(0o700);
    for (const dir of [home.env.XDG_CONFIG_HOME, home.env.XDG_DATA_HOME, home.env.XDG_CACHE_HOME]) {
      expect((await stat(dir)).isDirectory()).toBe(true);
      expect(dir.startsWith(home.env.HOME)).toBe(true);
    }
    expect(home.env.ATLASSIFY_HOME.startsWith(home.root)).toBe(true);

    await home.remove();
    await expect(stat(home.root)).rejects.toThrow(/ENOENT/);
  });
});

describe('spawnAndWaitForLine', () => {
  it('resolves on the matching line', async () => {
    const script =
      "console.error('warming up'); console.log('listening on 4321'); setInterval(() => {}, 1000);";
    const started = await spawnAndWaitForLine(process.execPath, ['-e', script], {
      pattern: /listening on (\d+)/,
      timeoutMs: 10_000,
    });
    onTestFinished(() => started.stop());

    expect(started.match[1]).toBe('4321');
    expect(started.output()).toContain('warming up');
    expect(started.child.exitCode).toBeNull();
  });

  it('resolves on a line before exit', async () => {
    const started = await spawnAndWaitForLine(process.execPath, ['-e', "console.log('done')"], {
      pattern: /^done$/,
    });

    expect(started.match[0]).toBe('done');
  });

  it('rejects on a missing command', async () => {
    const started = spawnAndWaitForLine('atlassify-no-such-command', [], { pattern: /ready/ });

    await expect(started).rejects.toThrow(/ENOENT/);
  });

  it('rejects with output on early exit', async () => {
    const script = "console.error('config file is invalid'); process.exit(3);";
    const started = spawnAndWaitForLine(process.execPath, ['-e', script], {
      pattern: /listening/,
      timeoutMs: 10_000,
    });

    await expect(started).rejects.toThrow(/exited with code 3[\s\S]*config file is invalid/);
  });

  it('rejects with output on timeout', async () => {
    // Long enough for a busy machine to start Node and print the first line.
    const script = "console.log('still starting'); setInterval(() => {}, 1000);";
    const started = spawnAndWaitForLine(process.execPath, ['-e', script], {
      pattern: /listening/,
      timeoutMs: 5_000,
    });

    await expect(started).rejects.toThrow(/timed out after 5000 ms[\s\S]*still starting/);
  });

  it('stop kills the process group', async () => {
    const started = await spawnAndWaitForLine('sh', ['-c', 'sleep 60 & echo "sleeper $!"; wait'], {
      pattern: /^sleeper (\d+)$/,
    });
    const sleeperPid = Number(started.match[1]);
    expect(isProcessRunning(sleeperPid)).toBe(true);

    await started.stop();

    expect(isProcessRunning(sleeperPid)).toBe(false);
  });
});

describe('freePort', () => {
  it('returns a bindable loopback port', async () => {
    const port = await freePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));

    expect((server.address() as AddressInfo).port).toBe(port);
  });

  it('stays below the ports the kernel hands out for port 0', async () => {
    const [low] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8')
      .trim()
      .split(/\s+/)
      .map(Number);

    const ports = await Promise.all(Array.from({ length: 20 }, () => freePort()));

    for (const port of ports) {
      expect(port).toBeGreaterThanOrEqual(20_000);
      expect(port).toBeLessThan(low ?? 32_768);
    }
  });
});
