import { endpointsForBaseUrl } from '../../packages/engine/src/config/endpoints.ts';
import {
  apiTokenCredential,
  type CredentialProvider,
} from '../../packages/engine/src/credentials/atlassian-credential.ts';
import {
  type FeedResult,
  fetchNotifications,
} from '../../packages/engine/src/notifications/fetch-notifications.ts';
import { emptyFilters } from '../../packages/engine/src/notifications/filters.ts';
import { buildNotificationsView } from '../../packages/engine/src/notifications/view.ts';
import { defaultSettings } from '../../packages/engine/src/settings/settings.ts';
import type { BenchAccount } from './seed.ts';

/** Timings in milliseconds of several runs over the same recorded responses. */
export interface TransformTimings {
  /** Notifications built from the responses of all accounts. */
  itemCount: number;
  /** Rows left after the filter (Jira and Confluence only). */
  shownCount: number;
  runs: number;
  /** Parse and validate the pages, build the model and infer each product. */
  transformMs: number[];
  /** Filter the list and group it by product, as the app window's view does. */
  filterAndGroupMs: number[];
}

/** Responses of one account's feed, keyed by the page cursor of the request. */
type Recording = Map<string, string>;

function cursorOf(init: RequestInit | undefined): string {
  const body = JSON.parse(String(init?.body ?? '{}')) as { variables?: { after?: string } };
  return body.variables?.after ?? '';
}

function providerFor(baseUrl: string, account: BenchAccount): CredentialProvider {
  const credential = apiTokenCredential(
    account.email,
    account.apiToken,
    endpointsForBaseUrl(baseUrl),
  );
  return {
    getCredential: async () => credential,
    refreshAfterUnauthorized: async () => credential,
  };
}

async function record(baseUrl: string, account: BenchAccount): Promise<Recording> {
  const recording: Recording = new Map();
  const recordingFetch: typeof fetch = async (input, init) => {
    const response = await fetch(input, init);
    const text = await response.text();
    recording.set(cursorOf(init), text);
    return new Response(text, { status: response.status, headers: response.headers });
  };
  await fetchNotifications({
    provider: providerFor(baseUrl, account),
    accountId: account.email,
    unreadOnly: true,
    groupByTitle: true,
    fetch: recordingFetch,
  });
  return recording;
}

function replay(recording: Recording): typeof fetch {
  return async (_input, init) =>
    new Response(recording.get(cursorOf(init)) ?? '{}', {
      status: 200,
      headers: { 'Content-Type': 'application/json' },
    });
}

/**
 * Times the engine's work on a whole feed without the network: the responses of each account
 * are recorded once from the simulator and replayed from memory in every run.
 */
export async function timeTransform(
  baseUrl: string,
  accounts: BenchAccount[],
  runs: number,
): Promise<TransformTimings> {
  const recordings = await Promise.all(accounts.map((account) => record(baseUrl, account)));
  const timings: TransformTimings = {
    itemCount: 0,
    shownCount: 0,
    runs,
    transformMs: [],
    filterAndGroupMs: [],
  };
  const settings = { ...defaultSettings, groupByProduct: true };
  const filters = { ...emptyFilters, products: ['jira' as const, 'confluence' as const] };

  // The first run warms up the JIT and is not counted.
  for (let run = 0; run <= runs; run += 1) {
    const started = performance.now();
    const results: FeedResult[] = [];
    for (const [index, recording] of recordings.entries()) {
      const account = accounts[index] as BenchAccount;
      results.push(
        await fetchNotifications({
          provider: providerFor(baseUrl, account),
          accountId: account.email,
          unreadOnly: true,
          groupByTitle: true,
          fetch: replay(recording),
        }),
      );
    }
    const transformed = performance.now();
    const view = buildNotificationsView(
      results.map((result, index) => ({
        accountId: accounts[index]?.email ?? '',
        status: 'ok',
        notifications: result.notifications,
        hasMore: result.hasMore,
        unseenCount: result.unseenCount,
        fetchedAt: null,
        unreadOnly: true,
      })),
      settings,
      filters,
    );
    const grouped = performance.now();

    if (run > 0) {
      timings.transformMs.push(transformed - started);
      timings.filterAndGroupMs.push(grouped - transformed);
    }
    timings.itemCount = results.reduce((sum, result) => sum + result.notifications.length, 0);
    timings.shownCount = view.rowCount;
  }
  return timings;
}
