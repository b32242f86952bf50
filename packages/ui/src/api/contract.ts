// Type-only re-exports of the engine's HTTP contract, so the window and the engine cannot drift.

export type {
  Actor,
  Link,
  Notification,
  ProductSlug,
  ReadState,
} from '../../../engine/src/notifications/notification.ts';
export type {
  AccountView,
  ApiError,
  ApiTokenSignInRequest,
  FeedStatus,
  FeedView,
  IdsRequest,
  OAuthSettingsRequest,
  OAuthSettingsView,
  OAuthSignInRequest,
  OAuthSignInStatus,
  OAuthSignInView,
  Snapshot,
} from '../../../engine/src/server/contract.ts';
