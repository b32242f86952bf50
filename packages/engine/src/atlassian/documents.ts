/**
 * The GraphQL documents Atlassify sends, shaped like the ones Atlassian's own notification
 * clients send to the gateway: operation first, fragments after it, no `operationName` in the
 * request body. `$collabContextRoutingAri` scopes a call to one site
 * (`ari:cloud:platform::site/<cloudId>`); left out, the feed spans all the user's sites.
 */

/** One notification's fields, as the feed's head items and a group's members carry them. */
const headNotificationFragment = `fragment AtlassianHeadNotification on InfluentsNotificationItem {
  notificationId
  timestamp
  readState
  category
  entityModel {
    cloudId
  }
  content {
    type
    message
    url
    bodyItems {
      appearance
      author {
        actorType
        ari
        avatarURL
        displayName
      }
      document {
        data
        format
      }
    }
    entity {
      title
      iconUrl
      url
    }
    path {
      title
      iconUrl
      url
    }
    actor {
      displayName
      avatarURL
      ari
    }
  }
  analyticsAttributes {
    key
    value
  }
}
`;

/**
 * The feed. The model reads only the appearance of `bodyItems`, but requesting them matters:
 * without them, the gateway leaves out some Confluence "shared a page with you" items and the
 * URLs of Confluence live docs.
 */
export const myNotificationsDocument = `query MyNotifications(
  $readState: InfluentsNotificationReadState
  $flat: Boolean = true
  $first: Int
  $after: String
  $collabContextRoutingAri: String
) {
  notifications {
    unseenNotificationCount(collabContextRoutingAri: $collabContextRoutingAri)
    notificationFeed(
      flat: $flat
      first: $first
      after: $after
      filter: { readStateFilter: $readState }
      collabContextRoutingAri: $collabContextRoutingAri
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AtlassianNotification
      }
    }
  }
}

fragment AtlassianNotification on InfluentsNotificationHeadItem {
  groupId
  groupSize
  additionalActors {
    displayName
    avatarURL
    ari
  }
  headNotification {
    ...AtlassianHeadNotification
  }
}

${headNotificationFragment}`;

/** The member ids of one server-side group, read before marking the whole group. */
export const retrieveNotificationsByGroupIdDocument = `query RetrieveNotificationsByGroupId(
  $groupId: String!
  $first: Int
  $after: String
  $readState: InfluentsNotificationReadState
  $collabContextRoutingAri: String
) {
  notifications {
    notificationGroup(
      groupId: $groupId
      first: $first
      after: $after
      filter: { readStateFilter: $readState }
      collabContextRoutingAri: $collabContextRoutingAri
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...GroupNotificationDetails
      }
    }
  }
}

fragment GroupNotificationDetails on InfluentsNotificationItem {
  notificationId
  readState
}
`;

/** One page of a server-side group's members with every field, to show an expanded group. */
export const notificationGroupMembersDocument = `query NotificationGroupMembers(
  $groupId: String!
  $first: Int
  $after: String
  $readState: InfluentsNotificationReadState
  $collabContextRoutingAri: String
) {
  notifications {
    notificationGroup(
      groupId: $groupId
      first: $first
      after: $after
      filter: { readStateFilter: $readState }
      collabContextRoutingAri: $collabContextRoutingAri
    ) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...AtlassianHeadNotification
      }
    }
  }
}

${headNotificationFragment}`;

export const markAsReadDocument = `mutation MarkAsRead($notificationIDs: [String!]!, $collabContextRoutingAri: String) {
  notifications {
    markNotificationsByIdsAsRead(ids: $notificationIDs, collabContextRoutingAri: $collabContextRoutingAri)
  }
}
`;

export const markAsUnreadDocument = `mutation MarkAsUnread($notificationIDs: [String!]!, $collabContextRoutingAri: String) {
  notifications {
    markNotificationsByIdsAsUnread(ids: $notificationIDs, collabContextRoutingAri: $collabContextRoutingAri)
  }
}
`;

/** The signed-in user; `user` is null when the gateway treats the caller as anonymous. */
export const meDocument = `query Me {
  me {
    user {
      accountId
      name
      picture
    }
  }
}
`;

export const retrieveCloudIdsForHostnamesDocument = `query RetrieveCloudIDsForHostnames($hostNames: [String!]!) {
  tenantContexts(hostNames: $hostNames) {
    cloudId
    hostName
  }
}
`;

/** Builds the scope string for one site, the value `$collabContextRoutingAri` takes. */
export function siteAri(cloudId: string): string {
  return `ari:cloud:platform::site/${cloudId}`;
}
