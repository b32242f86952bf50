export {
  markAsReadDocument,
  markAsUnreadDocument,
  meDocument,
  myNotificationsDocument,
  notificationGroupMembersDocument,
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
  fetchGroupMembers,
  type GroupMember,
  type GroupMembers,
  type GroupPage,
  type GroupPageRequest,
  parseNotificationGroupMembersPage,
  parseNotificationGroupPage,
  requestNotificationGroup,
  requestNotificationGroupMembers,
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
  fetchJiraProjectType,
  type JiraProjectRequest,
  jiraProjectUrl,
  parseJiraProject,
  requestJiraProject,
} from './jira-project.ts';
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
