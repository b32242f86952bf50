import { createInterface } from 'node:readline';

/**
 * Asks a yes/no question on the terminal and resolves true only for "y" or "yes". Returns null
 * without asking when standard input is not a terminal, so scripts must pass `--yes` instead.
 */
export async function confirm(question: string): Promise<boolean | null> {
  if (!process.stdin.isTTY) {
    return null;
  }
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    const answer = await new Promise<string>((resolve) => terminal.question(question, resolve));
    return /^(y|yes)$/i.test(answer.trim());
  } finally {
    terminal.close();
  }
}
