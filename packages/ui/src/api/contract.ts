// Type-only re-exports of the engine's HTTP contract, so the window and the engine cannot drift.

export type {
  FilterCounts,
  FilterDimension,
} from '../../../engine/src/notifications/filters.ts';
export type {
  Actor,
  ActorKind,
  Category,
  Engagement,
  Link,
  Notification,
  ProductSlug,
  ReadState,
} from '../../../engine/src/notifications/notification.ts';
export type {
  AccountListView,
  ListState,
  ProductGroupView,
} from '../../../engine/src/notifications/view.ts';
export type {
  AccountSiteView,
  AccountView,
  ActionFailure,
  ApiError,
  ApiTokenSignInRequest,
  DemoStartView,
  FeedConnection,
  FeedStatus,
  FeedView,
  FeedWarning,
  FilterState,
  FiltersRequest,
  GroupMembersView,
  IdsRequest,
  MarkRequest,
  MarkResultView,
  NotificationsView,
  OAuthSettingsRequest,
  OAuthSettingsView,
  OAuthSignInRequest,
  OAuthSignInStatus,
  OAuthSignInView,
  OpenResultView,
  Settings,
  SettingsPatch,
  Snapshot,
} from '../../../engine/src/server/contract.ts';
