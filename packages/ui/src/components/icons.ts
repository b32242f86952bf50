import AddModule from '@atlaskit/icon/core/add';
import CheckMarkModule from '@atlaskit/icon/core/check-mark';
import EmailModule from '@atlaskit/icon/core/email';
import NotificationModule from '@atlaskit/icon/core/notification';
import RefreshModule from '@atlaskit/icon/core/refresh';
import StatusErrorModule from '@atlaskit/icon/core/status-error';

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
export const CheckMarkIcon = iconComponent(CheckMarkModule);
export const EmailIcon = iconComponent(EmailModule);
export const NotificationIcon = iconComponent(NotificationModule);
export const RefreshIcon = iconComponent(RefreshModule);
export const StatusErrorIcon = iconComponent(StatusErrorModule);
