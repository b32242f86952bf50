import { describe, it } from 'vitest';

import { spawnInteractiveCli } from './support/cli.ts';
import { signedIn } from './support/signed-in.ts';

describe.concurrent('closed standard output', () => {
  // `atlassify notifications | head` closes the pipe once head has its lines. Closing the read
  // end before the command writes anything makes every write fail with EPIPE.
  it.for(['notifications', 'notifications --json', '--help'])(
    '%s ends quietly',
    async (command, { expect, onTestFinished }) => {
      const { env } = await signedIn(`closed-stdout-${command}`, onTestFinished);
      const cli = spawnInteractiveCli(command.split(' '), { env });
      onTestFinished(() => cli.stop());
      cli.child.stdout?.destroy();
      cli.answer('');

      const result = await cli.result();

      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
    },
  );
});
