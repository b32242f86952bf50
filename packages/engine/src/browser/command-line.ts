import { ErrorCode, InputError } from '../errors/atlassify-error.ts';

/**
 * Splits a command line the way a POSIX shell splits words: whitespace separates arguments,
 * single quotes keep everything literal, double quotes and backslashes escape. Nothing is
 * expanded, because the result is run without a shell.
 */
export function splitCommandLine(commandLine: string): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;

  for (let index = 0; index < commandLine.length; index += 1) {
    const character = commandLine[index] as string;

    if (quote === "'") {
      if (character === "'") quote = null;
      else word += character;
      continue;
    }
    if (character === '\\' && index + 1 < commandLine.length) {
      const next = commandLine[index + 1] as string;
      // Inside double quotes a backslash escapes only these characters, as in POSIX sh.
      if (quote === null || '"\\$`'.includes(next)) {
        word += next;
        index += 1;
        inWord = true;
        continue;
      }
    }
    if (quote === '"') {
      if (character === '"') quote = null;
      else word += character;
      continue;
    }
    if (character === "'" || character === '"') {
      quote = character;
      inWord = true;
    } else if (/\s/.test(character)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
    } else {
      word += character;
      inWord = true;
    }
  }

  if (quote !== null) {
    throw new InputError(
      ErrorCode.invalidInput,
      `BROWSER has an unclosed ${quote} quote: ${commandLine}`,
      {
        hint: 'Fix the quoting in the BROWSER variable, or unset it to use the default browser.',
        details: { field: 'BROWSER' },
      },
    );
  }
  if (inWord) words.push(word);
  return words;
}
