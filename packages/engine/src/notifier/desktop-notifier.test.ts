import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  type NotificationServer,
  startNotificationServer,
} from '../../test/dbus/notification-server.ts';
import { useSessionBus } from '../../test/dbus/session-bus.ts';
import { createDesktopNotifier, type DesktopNotifier } from './desktop-notifier.ts';
import type { NodeNotifierModule } from './node-notifier-alerts.ts';

useSessionBus();

let server: NotificationServer | undefined;
let notifier: DesktopNotifier | undefined;

afterEach(async () => {
  notifier?.close();
  notifier = undefined;
  await server?.close();
  server = undefined;
});

describe('createDesktopNotifier', () => {
  it('sends Notify with escaped markup', async () => {
    server = await startNotificationServer();
    notifier = createDesktopNotifier();

    const outcome = await notifier.notify({
      summary: 'R&D <b>review</b>',
      body: 'Jira: A<B & C>D',
    });

    expect(outcome).toEqual({ status: 'shown', id: 1 });
    expect(server.calls).toEqual([
      {
        id: 1,
        appName: 'Atlassify',
        replacesId: 0,
        appIcon: '',
        summary: 'R&D <b>review</b>',
        body: 'Jira: A&lt;B &amp; C&gt;D',
        actions: ['default', 'Open'],
        hints: { urgency: 1 },
        expireTimeout: 10_000,
      },
    ]);
  });

  it('sends plain text without body-markup', async () => {
    server = await startNotificationServer({ capabilities: ['body'] });
    notifier = createDesktopNotifier();

    await notifier.notify({ summary: 's', body: 'Q&A <img src=x>' });

    expect(server.calls[0]?.body).toBe('Q&A <img src=x>');
    expect(server.calls[0]?.actions).toEqual([]);
  });

  it('truncates long text on graphemes', async () => {
    server = await startNotificationServer();
    notifier = createDesktopNotifier({ maxSummaryGraphemes: 3, maxBodyGraphemes: 2 });

    await notifier.notify({ summary: '👨‍👩‍👧‍👦👍🏽🇳🇿abc', body: '🇳🇿🇳🇿🇳🇿' });

    expect(server.calls[0]?.summary).toBe('👨‍👩‍👧‍👦👍🏽…');
    expect(server.calls[0]?.body).toBe('🇳🇿…');
  });

  it('reports clicks on its own notifications', async () => {
    server = await startNotificationServer();
    const onAction = vi.fn();
    notifier = createDesktopNotifier({ onAction });

    const outcome = await notifier.notify({ summary: 's', body: 'b' });
    const id = outcome.status === 'shown' ? outcome.id : -1;
    server.invokeAction(id, 'default');
    server.invokeAction(id + 100, 'default');

    await vi.waitFor(() => expect(onAction).toHaveBeenCalledWith(id, 'default'));
    expect(onAction).toHaveBeenCalledTimes(1);
  });

  it('reports a missing service once', async () => {
    const onUnavailable = vi.fn();
    notifier = createDesktopNotifier({ onUnavailable });

    const first = await notifier.notify({ summary: 's', body: 'b' });
    const second = await notifier.notify({ summary: 's', body: 'b' });

    expect(first).toEqual({ status: 'unavailable', reason: 'no-notification-service' });
    expect(second).toEqual(first);
    expect(onUnavailable).toHaveBeenCalledTimes(1);
    expect(onUnavailable.mock.calls[0]?.[0].hint).toContain('notification daemon');
  });

  it('reports a missing session bus', async () => {
    const previous = process.env.DBUS_SESSION_BUS_ADDRESS;
    process.env.DBUS_SESSION_BUS_ADDRESS = 'unix:path=/nonexistent/atlassify-test-bus';
    const onUnavailable = vi.fn();
    try {
      notifier = createDesktopNotifier({ onUnavailable, connectTimeoutMs: 2_000 });

      const outcome = await notifier.notify({ summary: 's', body: 'b' });

      expect(outcome).toEqual({ status: 'unavailable', reason: 'no-session-bus' });
      expect(onUnavailable).toHaveBeenCalledTimes(1);
    } finally {
      process.env.DBUS_SESSION_BUS_ADDRESS = previous;
    }
  });

  it('fills an empty body', async () => {
    server = await startNotificationServer();
    notifier = createDesktopNotifier();

    await notifier.notify({ summary: 's', body: ' \n ' });

    expect(server.calls[0]?.body).toBe('Atlassian notification');
  });

  it('offers Mark as read on request', async () => {
    server = await startNotificationServer();
    const onAction = vi.fn();
    notifier = createDesktopNotifier({ onAction });

    const outcome = await notifier.notify({ summary: 's', body: 'b', markReadAction: true });
    const id = outcome.status === 'shown' ? outcome.id : -1;
    server.invokeAction(id, 'mark-read');

    expect(server.calls[0]?.actions).toEqual(['default', 'Open', 'mark-read', 'Mark as read']);
    await vi.waitFor(() => expect(onAction).toHaveBeenCalledWith(id, 'mark-read'));
  });

  it('reports other platforms as unsupported', async () => {
    const onUnavailable = vi.fn();
    notifier = createDesktopNotifier({ platform: 'freebsd', onUnavailable });

    const outcome = await notifier.notify({ summary: 's', body: 'b' });

    expect(outcome).toEqual({ status: 'unavailable', reason: 'unsupported-platform' });
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });
});

describe('createDesktopNotifier on macOS and Windows', () => {
  type Callback = (error: Error | null, response: string) => void;

  /** Stands in for node-notifier, which only runs its macOS and Windows programs there. */
  function fakeNodeNotifier() {
    const sent: Array<{ notification: Record<string, unknown>; callback: Callback }> = [];
    const module: NodeNotifierModule = {
      notify: (notification, callback) => sent.push({ notification, callback }),
    };
    return { sent, load: async () => module };
  }

  for (const platform of ['darwin', 'win32'] as const) {
    it(`sends plain text on ${platform}`, async () => {
      const fake = fakeNodeNotifier();
      notifier = createDesktopNotifier({ platform, loadNodeNotifier: fake.load });

      const outcome = await notifier.notify({ summary: 'R&D <b>', body: 'Jira: A<B & C' });

      expect(outcome).toEqual({ status: 'shown', id: 1 });
      expect(fake.sent[0]?.notification).toEqual({
        title: 'R&D <b>',
        message: 'Jira: A<B & C',
        appName: 'Atlassify',
        wait: true,
        sound: false,
      });
    });
  }

  it('opens the item on click', async () => {
    const fake = fakeNodeNotifier();
    const onAction = vi.fn();
    notifier = createDesktopNotifier({ platform: 'darwin', loadNodeNotifier: fake.load, onAction });

    await notifier.notify({ summary: 'first', body: 'b' });
    await notifier.notify({ summary: 'second', body: 'b' });
    fake.sent[1]?.callback(null, 'activate');
    fake.sent[0]?.callback(null, 'timeout');

    expect(onAction).toHaveBeenCalledTimes(1);
    expect(onAction).toHaveBeenCalledWith(2, 'default');
  });

  it('reports a failing notifier once', async () => {
    const fake = fakeNodeNotifier();
    const onUnavailable = vi.fn();
    notifier = createDesktopNotifier({
      platform: 'win32',
      loadNodeNotifier: fake.load,
      onUnavailable,
    });

    await notifier.notify({ summary: 's', body: 'b' });
    fake.sent[0]?.callback(new Error('SnoreToast exited with code 1'), '');
    const after = await notifier.notify({ summary: 's', body: 'b' });

    expect(after).toEqual({ status: 'unavailable', reason: 'platform-notifier-failed' });
    expect(onUnavailable).toHaveBeenCalledTimes(1);
    expect(onUnavailable.mock.calls[0]?.[0].message).toContain('SnoreToast exited');
  });

  it('reports a missing module', async () => {
    const onUnavailable = vi.fn();
    notifier = createDesktopNotifier({
      platform: 'darwin',
      loadNodeNotifier: () => Promise.reject(new Error('Cannot find module')),
      onUnavailable,
    });

    const outcome = await notifier.notify({ summary: 's', body: 'b' });

    expect(outcome).toEqual({ status: 'unavailable', reason: 'platform-notifier-failed' });
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });

  it('loads the real module', async () => {
    const loaded = await import('node-notifier');

    expect(typeof loaded.default.notify).toBe('function');
  });
});
