import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';

import {
  type EngineHarness,
  nextSnapshot,
  requestsOf,
  startEngineHarness,
} from '../../test/feed/engine-harness.ts';
import { defaultSettings } from '../settings/settings.ts';

let harness: EngineHarness | undefined;

afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function started(): Promise<EngineHarness> {
  harness = await startEngineHarness({ start: true });
  await harness.engine.refresh();
  return harness;
}

describe('filters', () => {
  it('apply without a request', async () => {
    const current = await started();
    const before = current.engine.snapshot().view;
    current.simulator.control.clearRequests();

    const emitted = nextSnapshot(
      current.engine,
      (snapshot) => snapshot.filters?.products.length === 1,
    );
    await current.engine.setFilters({ products: ['confluence'] });
    const snapshot = await emitted;

    expect(current.simulator.control.requests()).toEqual([]);
    expect(snapshot.view?.rowCount).toBeLessThan(before?.rowCount ?? 0);
    expect(snapshot.view?.filtersActive).toBe(true);
    const rows = snapshot.feeds[0]?.notifications ?? [];
    const shown = new Set(snapshot.view?.accounts[0]?.ids);
    expect(
      rows.filter((row) => shown.has(row.id)).every((row) => row.product === 'confluence'),
    ).toBe(true);
    expect(snapshot.view?.filterCounts.products.jira).toBe(before?.filterCounts.products.jira);
  });

  it('keep other dimensions on change', async () => {
    const current = await started();

    await current.engine.setFilters({ products: ['jira'], categories: ['direct'] });
    const filters = await current.engine.setFilters({ products: ['confluence', 'confluence'] });

    expect(filters.products).toEqual(['confluence']);
    expect(filters.categories).toEqual(['direct']);
    expect((await current.engine.clearFilters()).categories).toEqual([]);
  });

  it('persist across a restart', async () => {
    const current = await started();
    await current.engine.setFilters({ engagements: ['mention'], readStates: ['unread'] });

    const restarted = await current.restart();

    expect(restarted.snapshot().filters).toMatchObject({
      engagements: ['mention'],
      readStates: ['unread'],
    });
  });
});

describe('settings', () => {
  it('persist across a restart', async () => {
    const current = await started();
    await current.engine.updateSettings({ groupByProduct: true, pollIntervalSeconds: 120 });

    const restarted = await current.restart();

    expect(restarted.getSettings()).toEqual({
      ...defaultSettings,
      groupByProduct: true,
      pollIntervalSeconds: 120,
    });
  });

  it('group by product without a request', async () => {
    const current = await started();
    current.simulator.control.clearRequests();

    await current.engine.updateSettings({
      groupByProduct: true,
      groupByProductAlphabetically: true,
    });

    expect(current.simulator.control.requests()).toEqual([]);
    const groups = current.engine.snapshot().view?.accounts[0]?.productGroups ?? [];
    const names = groups.map((group) => group.displayName);
    expect(names.at(-1)).toBe('Other');
    expect(names.slice(0, -1)).toEqual([...names.slice(0, -1)].sort((a, b) => a.localeCompare(b)));
  });

  it('refetch read items when fetching all', async () => {
    const current = await started();
    const feed = () => current.engine.snapshot().feeds[0];
    expect(feed()?.notifications.every((row) => row.readState === 'unread')).toBe(true);
    current.simulator.control.clearRequests();

    const refetched = nextSnapshot(
      current.engine,
      (snapshot) => snapshot.feeds[0]?.unreadOnly === false && !snapshot.feeds[0]?.error,
    );
    await current.engine.updateSettings({ fetchOnlyUnread: false });
    await refetched;

    expect(requestsOf(current.simulator, 'MyNotifications').length).toBeGreaterThan(0);
    expect(feed()?.notifications.some((row) => row.readState === 'read')).toBe(true);
  });

  it('refetch flat items without grouping', async () => {
    const current = await started();
    const grouped = current.engine.snapshot().feeds[0]?.notifications ?? [];
    expect(grouped.some((row) => row.groupSize > 1)).toBe(true);

    const refetched = nextSnapshot(current.engine, (snapshot) =>
      (snapshot.feeds[0]?.notifications ?? []).every((row) => row.groupSize === 1),
    );
    await current.engine.updateSettings({ groupByTitle: false });
    const snapshot = await refetched;

    expect(snapshot.feeds[0]?.notifications.length).toBeGreaterThan(grouped.length);
  });

  it('apply quick changes in order', async () => {
    const current = await started();
    const zooms = [60, 70, 80, 90, 110, 120, 130, 140];

    // A window sends a change per click without waiting for the previous response.
    const responses = await Promise.all(
      zooms.map((zoomPercentage) => current.engine.updateSettings({ zoomPercentage })),
    );

    expect(responses.map((response) => response.zoomPercentage)).toEqual(zooms);
    expect(current.engine.getSettings().zoomPercentage).toBe(140);
    const stored = JSON.parse(await readFile(join(current.home, 'settings.json'), 'utf8'));
    expect(stored.settings.zoomPercentage).toBe(140);
  });

  it('fall back to defaults on a corrupt file', async () => {
    const current = await started();
    await current.engine.updateSettings({ volume: 80 });
    await writeFile(join(current.home, 'settings.json'), '{ not json');

    const restarted = await current.restart();

    expect(restarted.getSettings()).toEqual(defaultSettings);
    const files = await readdir(current.home);
    const corrupt = files.find((name) => name.startsWith('settings.json.corrupt-'));
    expect(corrupt).toBeDefined();
    expect(await readFile(join(current.home, corrupt ?? ''), 'utf8')).toBe('{ not json');

    await restarted.updateSettings({ volume: 30 });
    const stored = JSON.parse(await readFile(join(current.home, 'settings.json'), 'utf8'));
    expect(stored).toMatchObject({ version: 1, settings: { volume: 30 } });
  });
});
