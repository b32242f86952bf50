// `npm run bench`: measures the engine against the simulator with 3 accounts of 1,000 unread
// notifications each, in two polling strategies, and prints the figures. It is not part of
// `npm test` and asserts nothing.
import { type ChildProcess, fork } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { cpus, type as osType, release, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { startSimulator } from '@atlassify/simulator';

import { startByteCountingProxy } from './byte-counter.ts';
import type { ChildMessage, ParentMessage, PollMode, ProcessFigures } from './engine-child.ts';
import { type BenchAccount, seedAccounts } from './seed.ts';
import { type TransformTimings, timeTransform } from './transform.ts';

const accountCount = 3;
const notificationsPerAccount = 1_000;
const pollCycles = 30;
const transformRuns = 20;

/** Cost of one poll cycle of all accounts, seen from the simulator and the proxy. */
interface CycleFigures {
  requests: number;
  bytesSent: number;
  bytesReceived: number;
  wallMs: number;
}

interface ModeFigures {
  cycles: CycleFigures[];
  /** With the engine modules loaded, before sign-in: the floor of the process. */
  idle: ProcessFigures;
  /** After sign-in and the first poll, before the measured cycles. */
  before: ProcessFigures;
  /** After the measured cycles. */
  after: ProcessFigures;
}

const childFile = fileURLToPath(new URL('./engine-child.ts', import.meta.url));

/** Sends one message to the engine process and waits for the reply of the expected type. */
function ask<T extends ChildMessage['type']>(
  child: ChildProcess,
  message: ParentMessage,
  answer: T,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (reply: ChildMessage) => {
      if (reply.type === 'failed') {
        cleanup();
        reject(new Error(`The engine process failed: ${reply.message}`));
      } else if (reply.type === answer) {
        cleanup();
        resolve(reply as Extract<ChildMessage, { type: T }>);
      }
    };
    const onExit = (code: number | null) => {
      cleanup();
      reject(new Error(`The engine process exited with code ${code} before it replied.`));
    };
    const cleanup = () => {
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
    child.send(message);
  });
}

async function measureMode(
  mode: PollMode,
  baseUrl: string,
  accounts: BenchAccount[],
  traffic: {
    requests: () => number;
    bytes: () => { sent: number; received: number };
    reset: () => void;
  },
): Promise<ModeFigures> {
  const child = fork(childFile, [], {
    execArgv: ['--import', 'tsx', '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  try {
    const idle = await ask(child, { type: 'measure' }, 'measured');
    await ask(child, { type: 'start', baseUrl, accounts, mode }, 'ready');
    const before = await ask(child, { type: 'measure' }, 'measured');
    const cycles: CycleFigures[] = [];
    for (let cycle = 0; cycle < pollCycles; cycle += 1) {
      traffic.reset();
      const started = performance.now();
      await ask(child, { type: 'cycle' }, 'cycle-done');
      const bytes = traffic.bytes();
      cycles.push({
        requests: traffic.requests(),
        bytesSent: bytes.sent,
        bytesReceived: bytes.received,
        wallMs: performance.now() - started,
      });
    }
    const after = await ask(child, { type: 'measure' }, 'measured');
    return { cycles, idle: idle.figures, before: before.figures, after: after.figures };
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send({ type: 'stop' } satisfies ParentMessage);
    await exited;
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function describeMachine(): string {
  const processors = cpus();
  return [
    `${osType()} ${release()}`,
    `${processors.length} × ${processors[0]?.model.trim() ?? 'unknown CPU'}`,
    `${mib(totalmem())} RAM`,
    `Node ${process.version}`,
  ].join(', ');
}

function report(
  transform: TransformTimings,
  modes: Record<PollMode, ModeFigures>,
  totalSeconds: number,
): string {
  const spread = (values: number[]) =>
    `${ms(median(values))} (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))})`;
  const lines = [
    `Machine: ${describeMachine()}`,
    `Data: ${accountCount} accounts × ${notificationsPerAccount} unread notifications, grouped feed`,
    '',
    `Transform, infer, filter and group the whole set (${transform.itemCount} items, ` +
      `${transform.shownCount} rows after the filter), median of ${transform.runs} runs:`,
    `  parse, build the model and infer products: ${spread(transform.transformMs)}`,
    `  filter and group by product:               ${spread(transform.filterAndGroupMs)}`,
    `  total:                                     ${spread(
      transform.transformMs.map((value, index) => value + (transform.filterAndGroupMs[index] ?? 0)),
    )}`,
    '',
    `One poll cycle of all ${accountCount} accounts when nothing changed, and the mean of ` +
      `${pollCycles} such cycles (head-check fetches everything every fifth cycle):`,
    '| strategy | requests | bytes | requests, mean | bytes, mean | wall time, median |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  const entries = Object.entries(modes) as Array<[PollMode, ModeFigures]>;
  for (const [mode, figures] of entries) {
    const first = figures.cycles[0];
    const bytes = figures.cycles.map((cycle) => cycle.bytesSent + cycle.bytesReceived);
    const requests = figures.cycles.map((cycle) => cycle.requests);
    lines.push(
      `| ${mode} | ${first?.requests ?? 0} | ${kib(bytes[0] ?? 0)} | ${mean(requests).toFixed(1)} | ` +
        `${kib(mean(bytes))} | ${ms(median(figures.cycles.map((cycle) => cycle.wallMs)))} |`,
    );
  }
  lines.push(
    '',
    `The engine process (run through tsx) with the modules loaded before sign-in, after sign-in ` +
      `and the first poll, and after ${pollCycles} cycles; memory after a forced GC:`,
    '| strategy | heap used: idle, first poll, after | RSS: idle, first poll, after | peak RSS | CPU time of the cycles |',
    '| --- | --- | --- | --- | --- |',
  );
  for (const [mode, { idle, before, after }] of entries) {
    const three = (pick: (figures: ProcessFigures) => number) =>
      [idle, before, after].map((figures) => mib(pick(figures))).join(', ');
    lines.push(
      `| ${mode} | ${three((figures) => figures.heapUsedBytes)} | ` +
        `${three((figures) => figures.rssBytes)} | ${mib(after.maxRssBytes)} | ` +
        `${((after.cpuMs - before.cpuMs) / 1000).toFixed(2)} s |`,
    );
  }
  lines.push('', `Finished in ${totalSeconds.toFixed(0)} s.`);
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: 'string' } } });
  const started = performance.now();
  const simulator = await startSimulator({ port: 0, seed: false });
  const proxy = await startByteCountingProxy(simulator.port);
  try {
    process.stdout.write('Seeding the simulator...\n');
    const accounts = seedAccounts(simulator, accountCount, notificationsPerAccount);

    process.stdout.write('Timing the transform...\n');
    const transform = await timeTransform(simulator.url, accounts, transformRuns);

    const traffic = {
      requests: () => simulator.control.requests().length,
      bytes: () => {
        const counts = proxy.counts();
        return { sent: counts.sent, received: counts.received };
      },
      reset: () => {
        simulator.control.clearRequests();
        proxy.reset();
      },
    };
    const modes = {} as Record<PollMode, ModeFigures>;
    for (const mode of ['full-refetch', 'head-check'] as const) {
      process.stdout.write(`Polling ${pollCycles} cycles with ${mode}...\n`);
      modes[mode] = await measureMode(mode, proxy.url, accounts, traffic);
    }

    const totalSeconds = (performance.now() - started) / 1000;
    process.stdout.write(`\n${report(transform, modes, totalSeconds)}\n`);
    if (values.json) {
      const raw = { machine: describeMachine(), transform, modes, totalSeconds };
      await writeFile(values.json, `${JSON.stringify(raw, null, 2)}\n`);
    }
  } finally {
    await proxy.close();
    await simulator.close();
  }
}

await main();
