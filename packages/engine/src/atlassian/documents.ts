/**
 * The GraphQL documents Atlassify sends, shaped like the ones Atlassian's own notification
 * clients send to the gateway: operation first, fragments after it, no `operationName` in the
 * request body. `$collabContextRoutingAri` scopes a call to one site
 * (`ari:cloud:platform::site/<cloudId>`); left out, the feed spans all the user's sites.
 */

/**
 * The feed. `bodyItems` is requested although the model does not use it: without it, the
 * gateway leaves out some Confluence "shared a page with you" items and the URLs of Confluence
 * live docs.
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
  }
  headNotification {
    ...AtlassianHeadNotification
  }
}

fragment AtlassianHeadNotification on InfluentsNotificationItem {
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
    }
  }
  analyticsAttributes {
    key
    value
  }
}
`;

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
