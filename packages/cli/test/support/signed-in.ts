import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import type { Notification } from '@atlassify/engine';
import type { RunningSimulator, SimulatorOptions } from '@atlassify/simulator';

import { parseJsonOutput, runCli } from './cli.ts';
import { cliEnv, type Teardown, useHome, useSimulator } from './setup.ts';

/** A simulator, and a home with the simulator's demo account signed in with an API token. */
export interface SignedIn {
  simulator: RunningSimulator;
  env: NodeJS.ProcessEnv;
  root: string;
}

export async function signedIn(
  name: string,
  teardown: Teardown,
  options: SimulatorOptions = {},
): Promise<SignedIn> {
  const simulator = await useSimulator(teardown, options);
  const home = await useHome(name, teardown);
  const env = cliEnv(home, simulator.url);

  const login = await runCli(['login', '--api-token', '--email', simulator.options.userEmail], {
    env,
    input: simulator.options.apiToken,
  });
  if (login.code !== 0) {
    throw new Error(`sign-in failed with exit ${login.code}: ${login.stderr}`);
  }
  return { simulator, env, root: home.root };
}

/** Runs `atlassify notifications --json ARGS` and returns the rows it printed. */
export async function listJson(
  env: NodeJS.ProcessEnv,
  extra: string[] = [],
): Promise<Notification[]> {
  return parseJsonOutput<Notification[]>(
    await runCli(['notifications', '--json', ...extra], { env }),
  );
}

/** Returns the read state the simulator stores for a notification id. */
export function readStateInSimulator(simulator: RunningSimulator, id: string): string | undefined {
  return simulator.control
    .notifications(simulator.options.userEmail)
    .find((item) => item.notificationId === id)?.readState;
}

/**
 * Writes a stand-in browser that appends the URL it gets to a file, and returns the variable
 * that makes the CLI use it and the file to read.
 */
export async function writeUrlRecorder(root: string): Promise<{ BROWSER: string; file: string }> {
  const script = join(root, 'record-url.sh');
  const file = join(root, 'opened-urls.txt');
  await writeFile(script, `#!/bin/sh\nprintf '%s\\n' "$1" >> '${file}'\n`, { mode: 0o755 });
  return { BROWSER: script, file };
}
