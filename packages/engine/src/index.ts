// The engine's public surface: what the CLI and the app window may import.
export type { AccountRecord, AccountStatus, AuthMethod, Site } from './accounts/account.ts';
export {
  autostartEntryFor,
  createLaunchAtLogin,
  type LaunchAtLogin,
  type LaunchCommand,
  linuxAutostartEntry,
  macLaunchAgent,
  windowsStartupScript,
} from './autostart/index.ts';
export { openInBrowser } from './browser/index.ts';
export {
  type AtlassianEndpoints,
  atlassianCloudEndpoints,
  endpointsForBaseUrl,
} from './config/endpoints.ts';
export {
  endpointsFromEnvironment,
  type LogLevel,
  logLevelFromEnvironment,
  stateHomeFromEnvironment,
} from './config/environment.ts';
export { prepareStateHome } from './config/state-home.ts';
export {
  FileSecretStore,
  type SecretStore,
  secretStoreFromEnvironment,
} from './credentials/index.ts';
export { createEngine, type EngineOptions } from './engine/create-engine.ts';
export type { Engine, OAuthSignInHandle } from './engine/engine.ts';
export {
  AtlassifyError,
  ErrorCode,
  InputError,
  isAtlassifyError,
} from './errors/atlassify-error.ts';
export {
  claimInstance,
  type InstanceClaim,
  type OwnInstance,
  type RunningInstance,
  readInstanceRecord,
} from './instance/index.ts';
export { createLogger, type Logger } from './log/logger.ts';
export {
  applyFilters,
  countFilterValues,
  emptyFilters,
  type FilterCounts,
  type FilterDimension,
  type FilterState,
  filterDimensions,
  filterValues,
  mergeFilters,
} from './notifications/filters.ts';
export {
  type ActorKind,
  type Category,
  type Engagement,
  type Notification,
  type ProductSlug,
  productSlugs,
  type ReadState,
} from './notifications/notification.ts';
export { productDisplayNames } from './notifications/product.ts';
export {
  type AccountListView,
  buildNotificationsView,
  formatCount,
  type ListState,
  type NotificationsView,
  type ProductGroupView,
  viewFeedOf,
} from './notifications/view.ts';
export type {
  AccountSiteView,
  AccountView,
  ApiError,
  FeedView,
  FeedWarning,
  GroupMembersView,
  MarkResultView,
  OAuthSettingsView,
  OAuthSignInView,
  OpenResultView,
  Snapshot,
} from './server/contract.ts';
export { type RunningHttpServer, startHttpServer } from './server/http-server.ts';
export {
  defaultSettings,
  maxPollIntervalSeconds,
  minPollIntervalSeconds,
  type Settings,
  type SettingsPatch,
  settingsPatchSchema,
} from './settings/settings.ts';
export {
  startTray,
  type TrayIcon,
  type TrayIconVariant,
  type TrayStart,
  type TrayState,
  trayIconPng,
  trayMenuFor,
  trayStateOf,
} from './tray/index.ts';
