import { Box, Text, xcss } from '@atlaskit/primitives';

import { Code } from '../components/Code.tsx';
import type { MessageKey } from '../i18n/en.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SettingsSection } from './SettingsSection.tsx';

const listStyles = xcss({
  display: 'grid',
  gridTemplateColumns: 'max-content 1fr',
  columnGap: 'space.200',
  rowGap: 'space.075',
  margin: 'space.0',
});

const shortcuts: ReadonlyArray<[string, MessageKey]> = [
  ['h', 'shortcuts.home'],
  ['n', 'shortcuts.atlassianNotifications'],
  ['u', 'shortcuts.unreadOnly'],
  ['p', 'shortcuts.groupByProduct'],
  ['t', 'shortcuts.groupByTitle'],
  ['f', 'shortcuts.filters'],
  ['r', 'shortcuts.refresh'],
  ['s', 'shortcuts.settings'],
  ['a', 'shortcuts.accountsOrToggle'],
  ['q', 'shortcuts.quit'],
  ['↑ ↓', 'shortcuts.move'],
  ['Shift+↑ Shift+↓', 'shortcuts.moveEnds'],
  ['Enter', 'shortcuts.enter'],
  ['Esc', 'shortcuts.escape'],
];

/** The window's keyboard shortcuts, as a description list. */
export function ShortcutList() {
  const { t } = useI18n();
  return (
    <SettingsSection title={t('settings.shortcuts')}>
      <Text as="p" color="color.text.subtle">
        {t('shortcuts.intro')}
      </Text>
      <Box as="dl" xcss={listStyles} testId="shortcut-list">
        {shortcuts.map(([keys, description]) => (
          <div key={keys} style={{ display: 'contents' }}>
            <dt>
              <Code>{keys}</Code>
            </dt>
            <dd style={{ margin: 0 }}>
              <Text>{t(description)}</Text>
            </dd>
          </div>
        ))}
      </Box>
    </SettingsSection>
  );
}
