import { createInterface } from 'node:readline';

import { ExitCode, ExitError } from '../exit/exit-error.ts';

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Asks on the terminal without echoing what the user types. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const terminal = createInterface({
      input: process.stdin,
      output: process.stderr,
      terminal: true,
    });
    const mutable = terminal as unknown as { _writeToOutput: (text: string) => void };
    process.stderr.write(question);
    mutable._writeToOutput = () => {};
    terminal.question('', (answer) => {
      terminal.close();
      process.stderr.write('\n');
      resolve(answer);
    });
  });
}

/**
 * Reads a secret from an environment variable, else from piped standard input, else from a
 * hidden prompt on a terminal. Never from a command-line flag, which would land in shell history.
 */
export async function readSecret(options: {
  envName: string;
  prompt: string;
  what: string;
}): Promise<string> {
  const fromEnv = process.env[options.envName];
  if (fromEnv !== undefined && fromEnv !== '') {
    return fromEnv;
  }

  if (!process.stdin.isTTY) {
    const piped = (await readAll(process.stdin)).replace(/\r?\n$/, '');
    if (piped !== '') {
      return piped;
    }
    throw new ExitError(
      `No ${options.what} given.`,
      ExitCode.usage,
      `Pipe it on standard input or set ${options.envName}.`,
    );
  }

  return promptHidden(options.prompt);
}

/**
 * Reads one line from the terminal or standard input, echoing it. Ctrl-C at the prompt is passed
 * on as the process's SIGINT, because readline otherwise swallows it in a terminal. Standard input
 * that ends without a line fails with a usage error naming `what`, instead of waiting forever.
 */
export function readLine(question: string, what = 'answer'): Promise<string> {
  return new Promise((resolve, reject) => {
    const terminal = createInterface({ input: process.stdin, output: process.stderr });
    let settled = false;
    terminal.once('SIGINT', () => {
      // The process's SIGINT handler decides what an interrupt means; this promise stays open.
      settled = true;
      terminal.close();
      process.kill(process.pid, 'SIGINT');
    });
    terminal.once('close', () => {
      if (!settled) {
        settled = true;
        reject(new ExitError(`No ${what} given: standard input ended.`, ExitCode.usage));
      }
    });
    terminal.question(question, (answer) => {
      settled = true;
      terminal.close();
      resolve(answer.trim());
    });
  });
}
