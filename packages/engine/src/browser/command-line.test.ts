import { describe, expect, it } from 'vitest';

import { splitCommandLine } from './command-line.ts';

describe('splitCommandLine', () => {
  it.each([
    ['firefox', ['firefox']],
    ['  chromium   --new-window ', ['chromium', '--new-window']],
    ['"/opt/My Browser/run" --app=%s', ['/opt/My Browser/run', '--app=%s']],
    ["open -a 'Google Chrome'", ['open', '-a', 'Google Chrome']],
    ['my\\ browser --x', ['my browser', '--x']],
    ['"a\\"b" \'c\\d\'', ['a"b', 'c\\d']],
    ['x ""', ['x', '']],
    ['$HOME/bin/browser `id`', ['$HOME/bin/browser', '`id`']],
  ])('splits %s', (commandLine, words) => {
    expect(splitCommandLine(commandLine)).toEqual(words);
  });

  it('rejects an unclosed quote', () => {
    expect(() => splitCommandLine('"firefox')).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });
});
