import type { FaultSettings } from './fault-settings.ts';

type JsonObject = Record<string, unknown>;

const feedPath = ['notifications', 'notificationFeed'];

/** A GraphQL response that carries a notification feed page, as the simulator builds it. */
export type FeedResponse = {
  data: { notifications: { notificationFeed: { nodes: unknown[] } } & JsonObject } & JsonObject;
  errors?: unknown[];
};

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** True when a GraphQL response body contains `data.notifications.notificationFeed.nodes`. */
export function isFeedResponse(body: unknown): body is FeedResponse {
  if (!isObject(body) || !isObject(body.data) || !isObject(body.data.notifications)) {
    return false;
  }
  const feed = body.data.notifications.notificationFeed;
  return isObject(feed) && Array.isArray(feed.nodes);
}

/**
 * Nodes that break Atlassian's schema in the ways clients have met: a null node, a null head
 * notification, and a head notification with an unknown read state, a timestamp that is not a
 * date and no content.
 */
export function malformedNodes(count: number): unknown[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `malformed-${index + 1}`;
    switch (index % 3) {
      case 0:
        return {
          groupId: id,
          groupSize: 1,
          additionalActors: [],
          headNotification: {
            notificationId: id,
            timestamp: 'not-a-date',
            readState: 'seen',
            category: 'direct',
            content: null,
          },
        };
      case 1:
        return { groupId: id, groupSize: 1, additionalActors: [], headNotification: null };
      default:
        return null;
    }
  });
}

function siteError(cloudId: string, statusCode: number) {
  return {
    message: `Site ${cloudId} could not be read; its notifications are missing from this page.`,
    path: feedPath,
    extensions: { statusCode, cloudId, errorType: 'SITE_UNAVAILABLE', classification: 'Partial' },
  };
}

function downstreamError(statusCode: number) {
  return {
    message: 'The notifications service did not respond.',
    path: feedPath,
    extensions: { statusCode, errorType: 'DOWNSTREAM_FAILED', classification: 'Downstream' },
  };
}

function cloudIdOf(node: unknown): unknown {
  if (!isObject(node) || !isObject(node.headNotification)) {
    return undefined;
  }
  const model = node.headNotification.entityModel;
  return isObject(model) ? model.cloudId : undefined;
}

/** Replaces a feed page by errors with no usable data. */
export function withoutData(
  body: FeedResponse,
  fault: NonNullable<FaultSettings['errorsWithoutData']>,
): JsonObject {
  const errors = [downstreamError(fault.statusCode)];
  if (!fault.emptyFeed) {
    return { data: null, errors };
  }
  const feed = { ...body.data.notifications.notificationFeed, nodes: [] };
  const notifications = { ...body.data.notifications, notificationFeed: feed };
  return { data: { ...body.data, notifications }, errors };
}

/** Drops one site's nodes from a feed page and adds the GraphQL error that names the site. */
export function withSiteError(
  body: FeedResponse,
  fault: NonNullable<FaultSettings['partialErrors']>,
): FeedResponse {
  const feed = body.data.notifications.notificationFeed;
  const nodes = feed.nodes.filter((node) => cloudIdOf(node) !== fault.cloudId);
  const notifications = { ...body.data.notifications, notificationFeed: { ...feed, nodes } };
  return {
    data: { ...body.data, notifications },
    errors: [...(body.errors ?? []), siteError(fault.cloudId, fault.statusCode)],
  };
}

/** Puts malformed nodes at the top of a feed page. */
export function withMalformedNodes(body: FeedResponse, count: number): FeedResponse {
  const feed = body.data.notifications.notificationFeed;
  const nodes = [...malformedNodes(count), ...feed.nodes];
  const notifications = { ...body.data.notifications, notificationFeed: { ...feed, nodes } };
  return { ...body, data: { ...body.data, notifications } };
}
