export {
  startTray,
  type TrayActions,
  type TrayIcon,
  type TrayOptions,
  type TrayStart,
} from './tray.ts';
export { findTrayHost, statusNotifierWatcherName, type TrayHostCheck } from './tray-host.ts';
export { icoFromPng, trayIconBase64, trayIconPng } from './tray-icon.ts';
export { type TrayMenuKey, type TrayMenuModel, trayMenuFor, trayMenuKeys } from './tray-menu.ts';
