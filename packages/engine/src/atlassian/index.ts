export {
  markAsReadDocument,
  markAsUnreadDocument,
  meDocument,
  myNotificationsDocument,
  retrieveCloudIdsForHostnamesDocument,
  retrieveNotificationsByGroupIdDocument,
  siteAri,
} from './documents.ts';
export {
  type Feed,
  type FeedPage,
  type FeedPageRequest,
  type FeedQuery,
  feedItemCap,
  feedPageSize,
  fetchFeed,
  parseMyNotificationsPage,
  requestMyNotifications,
} from './feed.ts';
export type {
  HeadItem,
  NotificationItem,
  RawActor,
  RawAnalyticsAttribute,
  RawLink,
  SkippedItem,
} from './feed-schema.ts';
export {
  defaultGraphqlTimeoutMs,
  type GraphqlRequest,
  postGraphql,
  type TransportOptions,
} from './graphql-client.ts';
export {
  type GraphqlResult,
  type GraphqlWarning,
  type ParseContext,
  parseGraphqlResult,
} from './graphql-result.ts';
export {
  fetchGroupMemberIds,
  type GroupMember,
  type GroupPage,
  type GroupPageRequest,
  parseNotificationGroupPage,
  requestNotificationGroup,
} from './group.ts';
export { parseRetryAfter } from './http-status.ts';
export {
  fetchCloudIds,
  fetchMe,
  type MeUser,
  parseCloudIds,
  parseMe,
  requestCloudIds,
  requestMe,
  type SiteCloudId,
} from './identity.ts';
export {
  type MarkBatchRequest,
  type MarkRequest,
  type MarkResult,
  type MarkTarget,
  markAsRead,
  markAsUnread,
  markBatchSize,
  parseMarkResult,
  requestMarkAsRead,
  requestMarkAsUnread,
} from './mark.ts';
export { isUnauthorized, withCredential } from './with-credential.ts';
