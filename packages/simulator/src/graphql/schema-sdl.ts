/**
 * The part of Atlassian's GraphQL gateway schema that Atlassify uses. Field names, enum values and
 * nullability follow what is publicly known of the notifications ("Influents") schema and what live
 * clients select. Arguments accept both the older `workspaceId` scoping and the current
 * `collabContextRoutingAri`. The names of types that clients never spell out in a query (the
 * appearance enums, the document, entity and path types) are guesses.
 */
export const SCHEMA_SDL = /* GraphQL */ `
"ISO 8601 date-time string."
scalar DateTime

"Absolute URL string."
scalar URL

type Query {
  me: AuthenticationContext!
  notifications: InfluentsNotificationQuery
  tenantContexts(hostNames: [String!]!): [TenantContext]
}

type Mutation {
  notifications: InfluentsNotificationMutation
}

type AuthenticationContext {
  "Null when the request is anonymous."
  user: User
}

enum AccountStatus {
  active
  inactive
  closed
}

interface User {
  accountId: ID!
  accountStatus: AccountStatus!
  name: String!
  picture: URL!
}

type AtlassianAccountUser implements User {
  accountId: ID!
  accountStatus: AccountStatus!
  name: String!
  picture: URL!
  email: String
  nickname: String
  locale: String
  zoneinfo: String
}

type AppUser implements User {
  accountId: ID!
  accountStatus: AccountStatus!
  name: String!
  picture: URL!
  appType: String
}

type CustomerUser implements User {
  accountId: ID!
  accountStatus: AccountStatus!
  name: String!
  picture: URL!
  email: String
}

type TenantContext {
  cloudId: ID
  hostName: String
}

enum InfluentsNotificationReadState {
  read
  unread
}

enum InfluentsNotificationCategory {
  direct
  watching
}

enum InfluentsNotificationActorType {
  animated
  url
}

enum InfluentsNotificationAppearance {
  DEFAULT
  PRIMARY
  LINK
  SUBTLE
  WARNING
  DANGER
}

enum InfluentsNotificationBodyItemAppearance {
  PRIMARY
  QUOTED
}

input InfluentsNotificationFilter {
  workspaceId: String
  categoryFilter: InfluentsNotificationCategory
  readStateFilter: InfluentsNotificationReadState
  productFilter: String
}

type InfluentsNotificationQuery {
  unseenNotificationCount(
    workspaceId: String
    product: String
    collabContextRoutingAri: String
  ): Int!
  notificationFeed(
    filter: InfluentsNotificationFilter
    first: Int = 25
    after: String
    flat: Boolean = true
    collabContextRoutingAri: String
  ): InfluentsNotificationFeedConnection!
  notificationGroup(
    groupId: String!
    filter: InfluentsNotificationFilter
    first: Int = 25
    after: String
    collabContextRoutingAri: String
  ): InfluentsNotificationGroupConnection!
}

type InfluentsNotificationPageInfo {
  hasNextPage: Boolean!
  hasPreviousPage: Boolean!
  startCursor: String
  endCursor: String
}

type InfluentsNotificationFeedConnection {
  nodes: [InfluentsNotificationHeadItem!]!
  pageInfo: InfluentsNotificationPageInfo!
}

type InfluentsNotificationGroupConnection {
  nodes: [InfluentsNotificationItem!]!
  pageInfo: InfluentsNotificationPageInfo!
}

type InfluentsNotificationHeadItem {
  groupId: String!
  groupSize: Int!
  readStates: [String]
  additionalActors: [InfluentsNotificationActor!]!
  additionalTypes: [String!]!
  headNotification: InfluentsNotificationItem!
  endCursor: String
}

type InfluentsNotificationItem {
  notificationId: String!
  timestamp: DateTime!
  entityModel: InfluentsNotificationEntityModel
  content: InfluentsNotificationContent!
  readState: InfluentsNotificationReadState!
  category: InfluentsNotificationCategory!
  workspaceId: String
  analyticsAttributes: [InfluentsNotificationAnalyticsAttribute]
}

type InfluentsNotificationEntityModel {
  objectId: String!
  containerId: String
  workspaceId: String
  cloudId: String
}

type InfluentsNotificationAnalyticsAttribute {
  key: String
  value: String
}

type InfluentsNotificationContent {
  type: String!
  message: String!
  url: URL
  actor: InfluentsNotificationActor!
  entity: InfluentsNotificationEntity
  path: [InfluentsNotificationPath!]
  actions: [InfluentsNotificationAction!]
  bodyItems: [InfluentsNotificationBodyItem!]
  templateVariables: [InfluentsNotificationTemplateVariable!]
}

type InfluentsNotificationActor {
  displayName: String
  ari: String
  avatarURL: URL
  actorType: InfluentsNotificationActorType
}

type InfluentsNotificationEntity {
  title: String
  iconUrl: URL
  url: URL
}

type InfluentsNotificationPath {
  title: String
  iconUrl: URL
  url: URL
}

type InfluentsNotificationAction {
  title: String!
  url: URL
  appearance: InfluentsNotificationAppearance
}

type InfluentsNotificationBodyItem {
  type: String
  appearance: InfluentsNotificationBodyItemAppearance
  document: InfluentsNotificationDocument
  author: InfluentsNotificationActor
}

type InfluentsNotificationDocument {
  format: String
  data: String
}

type InfluentsNotificationTemplateVariable {
  name: String
  type: String
  id: String
  fallback: String
}

type InfluentsNotificationMutation {
  markNotificationsByIdsAsRead(ids: [String!]!, collabContextRoutingAri: String): String
  markNotificationsByIdsAsUnread(ids: [String!]!, collabContextRoutingAri: String): String
  markNotificationsByGroupIdAsRead(
    groupId: String!
    category: InfluentsNotificationCategory
    beforeInclusive: String
    collabContextRoutingAri: String
  ): String
  markNotificationsByGroupIdAsUnread(
    groupId: String!
    category: InfluentsNotificationCategory
    beforeInclusive: String
    collabContextRoutingAri: String
  ): String
  markNotificationsAsRead(
    category: InfluentsNotificationCategory
    product: String
    workspaceId: String
    beforeInclusive: String
    beforeInclusiveTimestamp: String
    collabContextRoutingAri: String
  ): String
  markNotificationsAsUnread(
    category: InfluentsNotificationCategory
    product: String
    workspaceId: String
    beforeInclusive: String
    beforeInclusiveTimestamp: String
    collabContextRoutingAri: String
  ): String
  archiveNotifications(ids: [String!]!, collabContextRoutingAri: String): String
  clearUnseenCount(product: String, workspaceId: String, collabContextRoutingAri: String): String
}
`;
