import Button from '@atlaskit/button/new';

import { FilterIcon, NotificationIcon, PersonIcon, SettingsIcon } from '../components/icons.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useNavigation } from './nav-context.ts';
import type { Route } from './route.ts';

/** The screen buttons of the header bar; the current screen's button is marked as the page. */
export function AppNav() {
  const { t } = useI18n();
  const { route, navigate, hasAccounts } = useNavigation();
  const items: Array<{ route: Route; label: string; icon: typeof NotificationIcon }> = hasAccounts
    ? [
        { route: 'notifications', label: t('nav.notifications'), icon: NotificationIcon },
        { route: 'filters', label: t('nav.filters'), icon: FilterIcon },
        { route: 'accounts', label: t('nav.accounts'), icon: PersonIcon },
        { route: 'settings', label: t('nav.settings'), icon: SettingsIcon },
      ]
    : [{ route: 'settings', label: t('nav.settings'), icon: SettingsIcon }];

  return (
    <>
      {items.map((item) => (
        <Button
          key={item.route}
          appearance="subtle"
          iconBefore={item.icon}
          isSelected={route === item.route}
          aria-current={route === item.route ? 'page' : undefined}
          onClick={() => navigate(item.route)}
        >
          {item.label}
        </Button>
      ))}
    </>
  );
}
