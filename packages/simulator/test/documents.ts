// The GraphQL documents as Atlassify sends them: operation first, fragments after it.

export const ME = `query Me {
  me {
    user {
      accountId
      name
      picture
    }
  }
}`;

export const MY_NOTIFICATIONS = `query MyNotifications(
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
}`;

export const RETRIEVE_NOTIFICATIONS_BY_GROUP_ID = `query RetrieveNotificationsByGroupId(
  $groupId: String!
  $first: Int
  $readState: InfluentsNotificationReadState
  $collabContextRoutingAri: String
) {
  notifications {
    notificationGroup(
      groupId: $groupId
      first: $first
      filter: { readStateFilter: $readState }
      collabContextRoutingAri: $collabContextRoutingAri
    ) {
      nodes {
        ...GroupNotificationDetails
      }
    }
  }
}

fragment GroupNotificationDetails on InfluentsNotificationItem {
  notificationId
  readState
}`;

export const MARK_AS_READ = `mutation MarkAsRead($notificationIDs: [String!]!, $collabContextRoutingAri: String) {
  notifications {
    markNotificationsByIdsAsRead(ids: $notificationIDs, collabContextRoutingAri: $collabContextRoutingAri)
  }
}`;

export const MARK_AS_UNREAD = `mutation MarkAsUnread($notificationIDs: [String!]!, $collabContextRoutingAri: String) {
  notifications {
    markNotificationsByIdsAsUnread(ids: $notificationIDs, collabContextRoutingAri: $collabContextRoutingAri)
  }
}`;

export const RETRIEVE_CLOUD_IDS_FOR_HOSTNAMES = `query RetrieveCloudIDsForHostnames($hostNames: [String!]!) {
  tenantContexts(hostNames: $hostNames) {
    cloudId
    hostName
  }
}`;

/** Shape of the MyNotifications result that tests read. */
export interface FeedData {
  notifications: {
    unseenNotificationCount: number;
    notificationFeed: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Array<{
        groupId: string;
        groupSize: number;
        additionalActors: Array<{ displayName: string | null; avatarURL: string | null }>;
        headNotification: {
          notificationId: string;
          timestamp: string;
          readState: 'read' | 'unread';
          category: 'direct' | 'watching';
          content: {
            type: string;
            message: string;
            url: string | null;
            entity: { title: string | null; url: string | null; iconUrl: string | null } | null;
            path: Array<{ title: string | null; url: string | null }> | null;
            actor: { displayName: string | null; avatarURL: string | null };
          };
          analyticsAttributes: Array<{ key: string | null; value: string | null }> | null;
        };
      }>;
    };
  } | null;
}
