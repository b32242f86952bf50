import { productOf } from './filter.ts';
import type { StoredNotification } from './store.ts';

/**
 * Reproduces a gateway quirk that the authors of an earlier notifier reported (not confirmed here).
 * When a feed query does not select `content.bodyItems`, Confluence "shared a page with you"
 * notifications are left out, and Confluence live docs come without `content.url` and
 * `entity.url`. A live doc is recognised by a `content.type` that contains `live-doc`, which is
 * this simulator's own convention.
 */
export function applyBodyItemsQuirk(records: StoredNotification[]): StoredNotification[] {
  return records.flatMap((record) => {
    const item = record.item;
    if (productOf(item) !== 'confluence') {
      return [record];
    }
    if (item.content.message.includes('shared a page with you')) {
      return [];
    }
    if (!item.content.type.includes('live-doc')) {
      return [record];
    }

    const entity = item.content.entity ? { ...item.content.entity, url: null } : null;
    const content = { ...item.content, url: null, entity };
    return [{ ...record, item: { ...item, content } }];
  });
}
