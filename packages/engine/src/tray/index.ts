export {
  startTray,
  type TrayActions,
  type TrayIcon,
  type TrayOptions,
  type TrayStart,
} from './tray.ts';
export { findTrayHost, statusNotifierWatcherName, type TrayHostCheck } from './tray-host.ts';
export {
  icoFromPng,
  type TrayIconVariant,
  trayIconBase64,
  trayIconPng,
  trayIconVariants,
} from './tray-icon.ts';
export {
  defaultTrayState,
  type TrayHealth,
  type TrayMenuKey,
  type TrayMenuModel,
  type TrayState,
  trayMenuFor,
  trayMenuKeys,
} from './tray-menu.ts';
export { trayStateOf } from './tray-state.ts';
export { trayTexts } from './tray-text.ts';
