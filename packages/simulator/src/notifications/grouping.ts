import type { NotificationActor, NotificationItem, ReadState } from './item-schema.ts';
import type { StoredNotification } from './store.ts';

/** One feed node (`InfluentsNotificationHeadItem`) before paging adds its cursor. */
export interface HeadItem {
  groupId: string;
  groupSize: number;
  readStates: ReadState[];
  additionalActors: NotificationActor[];
  additionalTypes: string[];
  headNotification: NotificationItem;
}

const MAX_ADDITIONAL_ACTORS = 3;

/**
 * Turns notifications (already filtered, in feed order) into feed nodes. Flat mode makes every
 * notification its own node. Grouped mode collapses each server group into one node headed by its
 * newest member, in the order of those heads.
 */
export function toHeadItems(records: StoredNotification[], flat: boolean): HeadItem[] {
  if (flat) {
    return records.map((record) => buildHeadItem(record.groupId, [record]));
  }

  const groups = new Map<string, StoredNotification[]>();
  for (const record of records) {
    const members = groups.get(record.groupId);
    if (members) {
      members.push(record);
    } else {
      groups.set(record.groupId, [record]);
    }
  }
  return [...groups.entries()].map(([groupId, members]) => buildHeadItem(groupId, members));
}

/** Builds the feed node of a group from its members, newest first. */
export function buildHeadItem(groupId: string, members: StoredNotification[]): HeadItem {
  const [head, ...others] = members.map((member) => member.item);
  if (!head) {
    throw new RangeError(`Group "${groupId}" has no members.`);
  }

  const headActorKey = actorKey(head.content.actor);
  const additionalActors = new Map<string, NotificationActor>();
  for (const item of others) {
    const key = actorKey(item.content.actor);
    if (key !== headActorKey && additionalActors.size < MAX_ADDITIONAL_ACTORS) {
      additionalActors.set(key, item.content.actor);
    }
  }

  const additionalTypes = new Set(others.map((item) => item.content.type));
  additionalTypes.delete(head.content.type);

  return {
    groupId,
    groupSize: members.length,
    readStates: [...new Set(members.map((member) => member.item.readState))],
    additionalActors: [...additionalActors.values()],
    additionalTypes: [...additionalTypes],
    headNotification: head,
  };
}

function actorKey(actor: NotificationActor): string {
  return actor.ari ?? `${actor.displayName ?? ''}\u0000${actor.avatarURL ?? ''}`;
}
