import type { StoredNotification } from '../notifications/store.ts';
import { buildSeedRecord } from './item-builder.ts';
import { CONFLUENCE_SEEDS } from './seed-confluence.ts';
import { JIRA_SEEDS } from './seed-jira.ts';
import { PLATFORM_SEEDS } from './seed-platform.ts';

/** Builds the demo user's seeded notifications, with timestamps relative to `nowMs`. */
export function buildSeededNotifications(nowMs: number): StoredNotification[] {
  return [...JIRA_SEEDS, ...CONFLUENCE_SEEDS, ...PLATFORM_SEEDS].map((spec) =>
    buildSeedRecord(spec, nowMs),
  );
}
