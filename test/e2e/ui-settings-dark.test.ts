import { describe } from 'vitest';
import { describeSettingsInLooks } from './ui-settings-suite.ts';
import { looks } from './ui-text.ts';

// The light and dark looks are two files of four looks each, so that no file runs much longer
// than a minute and a half.
describe('every setting in the dark looks', () => {
  describeSettingsInLooks(
    'ui-settings-dark',
    looks.filter((look) => look.theme === 'dark'),
  );
});
