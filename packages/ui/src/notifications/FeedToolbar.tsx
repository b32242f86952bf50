import Button from '@atlaskit/button/new';
import { Inline } from '@atlaskit/primitives';

import { useI18n } from '../i18n/I18nProvider.tsx';
import { useSettings } from '../settings/use-settings.ts';

/**
 * The list's view switches: unread only, group by product, group by title (each also a key:
 * u, p, t). Each is a toggle button whose pressed state is the setting.
 */
export function FeedToolbar() {
  const { t } = useI18n();
  const { settings, update } = useSettings();

  const toggles = [
    { key: 'fetchOnlyUnread', label: t('toolbar.unreadOnly'), value: settings.fetchOnlyUnread },
    { key: 'groupByProduct', label: t('toolbar.groupByProduct'), value: settings.groupByProduct },
    { key: 'groupByTitle', label: t('toolbar.groupByTitle'), value: settings.groupByTitle },
  ] as const;

  return (
    <Inline space="space.100" role="toolbar" aria-label={t('toolbar.label')} shouldWrap>
      {toggles.map((toggle) => (
        <Button
          key={toggle.key}
          appearance="subtle"
          spacing="compact"
          isSelected={toggle.value}
          aria-pressed={toggle.value}
          onClick={() => void update({ [toggle.key]: !toggle.value })}
        >
          {toggle.label}
        </Button>
      ))}
    </Inline>
  );
}
