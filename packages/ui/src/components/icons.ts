import AddModule from '@atlaskit/icon/core/add';
import CheckMarkModule from '@atlaskit/icon/core/check-mark';
import ChevronDownModule from '@atlaskit/icon/core/chevron-down';
import ChevronRightModule from '@atlaskit/icon/core/chevron-right';
import CrossModule from '@atlaskit/icon/core/cross';
import DeleteModule from '@atlaskit/icon/core/delete';
import EmailModule from '@atlaskit/icon/core/email';
import EyeOpenModule from '@atlaskit/icon/core/eye-open';
import FilterModule from '@atlaskit/icon/core/filter';
import FlagModule from '@atlaskit/icon/core/flag';
import LinkExternalModule from '@atlaskit/icon/core/link-external';
import MinusModule from '@atlaskit/icon/core/minus';
import NotificationModule from '@atlaskit/icon/core/notification';
import PersonModule from '@atlaskit/icon/core/person';
import RefreshModule from '@atlaskit/icon/core/refresh';
import SettingsModule from '@atlaskit/icon/core/settings';
import ShortcutModule from '@atlaskit/icon/core/shortcut';
import StatusErrorModule from '@atlaskit/icon/core/status-error';
import StatusInformationModule from '@atlaskit/icon/core/status-information';
import StatusWarningModule from '@atlaskit/icon/core/status-warning';

/**
 * Returns the component of an Atlaskit icon module. The icons ship only as CommonJS with
 * `exports.default`. Vite 8 imports CommonJS the way Node does inside a `"type": "module"`
 * package, so the production build hands over the whole `exports` object, while vitest hands
 * over the component itself.
 */
function iconComponent<T>(module: T): T {
  return (module as unknown as { default?: T }).default ?? module;
}

export const AddIcon = iconComponent(AddModule);
export const MinusIcon = iconComponent(MinusModule);
export const CheckMarkIcon = iconComponent(CheckMarkModule);
export const EmailIcon = iconComponent(EmailModule);
export const NotificationIcon = iconComponent(NotificationModule);
export const RefreshIcon = iconComponent(RefreshModule);
export const StatusErrorIcon = iconComponent(StatusErrorModule);
export const ChevronDownIcon = iconComponent(ChevronDownModule);
export const ChevronRightIcon = iconComponent(ChevronRightModule);
export const EyeOpenIcon = iconComponent(EyeOpenModule);
export const FlagIcon = iconComponent(FlagModule);
export const FilterIcon = iconComponent(FilterModule);
export const SettingsIcon = iconComponent(SettingsModule);
export const PersonIcon = iconComponent(PersonModule);
export const LinkExternalIcon = iconComponent(LinkExternalModule);
export const DeleteIcon = iconComponent(DeleteModule);
export const CrossIcon = iconComponent(CrossModule);
export const StatusWarningIcon = iconComponent(StatusWarningModule);
export const StatusInformationIcon = iconComponent(StatusInformationModule);
export const ShortcutIcon = iconComponent(ShortcutModule);
