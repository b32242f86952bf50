import { randomUUID } from 'node:crypto';
import { cloudIdFromSiteAri } from '../accounts/site-ari.ts';
import type { SimulatedUser } from '../accounts/types.ts';
import { InvalidInputError } from '../errors.ts';
import { buildHeadItem, type HeadItem } from '../notifications/grouping.ts';
import { feedItemInputSchema, type NotificationItem } from '../notifications/item-schema.ts';
import type { StoredNotification } from '../notifications/store.ts';
import type { SimulatorState } from '../server/state.ts';
import { parseInput } from './inputs.ts';

/**
 * Validates a feed node in Atlassian's GraphQL shape and stores its notification for an account.
 * Returns the stored notification as the head of its group, with the group's size and actors.
 */
export function addNotification(state: SimulatorState, email: string, input: unknown): HeadItem {
  const user = state.directory.requireUserByEmail(email);
  const parsed = parseInput(feedItemInputSchema, input, 'notification');
  const head = parsed.headNotification;

  const item: NotificationItem = {
    ...head,
    notificationId: head.notificationId ?? `sim-${randomUUID()}`,
    timestamp: head.timestamp ?? state.now().toISOString(),
  };
  const record: StoredNotification = {
    item,
    groupId: parsed.groupId ?? `group-${item.notificationId}`,
    cloudId: siteOf(item, user),
    seen: item.readState === 'read',
  };
  state.notifications.add(user.accountId, record);

  const members = state.notifications
    .list(user.accountId)
    .filter((member) => member.groupId === record.groupId);
  return { ...buildHeadItem(record.groupId, members), headNotification: item };
}

/** Picks the site of a new notification: its entity model's cloud id, its workspace, or the first site. */
function siteOf(item: NotificationItem, user: SimulatedUser): string {
  const fromWorkspace = item.workspaceId ? cloudIdFromSiteAri(item.workspaceId) : null;
  const cloudId = item.entityModel?.cloudId ?? fromWorkspace ?? user.cloudIds[0];
  if (cloudId === undefined || !user.cloudIds.includes(cloudId)) {
    throw new InvalidInputError(
      `The notification belongs to site "${cloudId}", which is not one of the account's sites (${user.cloudIds.join(', ')}).`,
    );
  }
  return cloudId;
}
