import { afterEach, describe, expect, it, vi } from 'vitest';

import {
  type NotificationServer,
  startNotificationServer,
} from '../../test/dbus/notification-server.ts';
import { useSessionBus } from '../../test/dbus/session-bus.ts';
import { createDesktopNotifier, type DesktopNotifier } from './desktop-notifier.ts';

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

  it('reports other platforms as unsupported', async () => {
    const onUnavailable = vi.fn();
    notifier = createDesktopNotifier({ platform: 'darwin', onUnavailable });

    const outcome = await notifier.notify({ summary: 's', body: 'b' });

    expect(outcome).toEqual({ status: 'unavailable', reason: 'unsupported-platform' });
    expect(onUnavailable).toHaveBeenCalledTimes(1);
  });
});
