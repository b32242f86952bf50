import { describe, expect, it } from 'vitest';

import type { Notification } from '../notifications/notification.ts';
import { escapeMarkup, formatAlerts, truncateGraphemes } from './alert-text.ts';

function notification(id: string, overrides: Partial<Notification> = {}): Notification {
  return {
    id,
    accountId: 'acc-1',
    groupId: `g-${id}`,
    groupSize: 1,
    additionalActors: [],
    timestamp: '2026-03-02T10:00:00.000Z',
    readState: 'unread',
    category: 'direct',
    product: 'jira',
    type: 'jira-issue-assigned',
    message: 'Ada assigned you ABC-1',
    actor: { displayName: 'Ada', avatarUrl: null },
    entity: {
      title: 'ABC-1 Fix login',
      url: 'https://example-site.atlassian.net/browse/ABC-1',
      iconUrl: null,
    },
    path: null,
    url: null,
    cloudId: null,
    openUrl: 'https://example-site.atlassian.net/browse/ABC-1',
    ...overrides,
  };
}

describe('escapeMarkup', () => {
  it('escapes ampersands and angle brackets', () => {
    expect(escapeMarkup('R&D <b>needed</b> for A<B & C>D')).toBe(
      'R&amp;D &lt;b&gt;needed&lt;/b&gt; for A&lt;B &amp; C&gt;D',
    );
  });

  it('escapes an existing entity again', () => {
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
  });
});

describe('truncateGraphemes', () => {
  it('keeps short text unchanged', () => {
    expect(truncateGraphemes('hello', 5)).toBe('hello');
  });

  it('cuts with an ellipsis', () => {
    expect(truncateGraphemes('hello world', 5)).toBe('hell…');
  });

  it('never splits an emoji', () => {
    const family = '👨‍👩‍👧‍👦';
    const text = `${family}${family}🇳🇿👍🏽abc`;

    expect(truncateGraphemes(text, 3)).toBe(`${family}${family}…`);
    expect(truncateGraphemes(text, 4)).toBe(`${family}${family}🇳🇿…`);
  });

  it('returns empty for a zero limit', () => {
    expect(truncateGraphemes('abc', 0)).toBe('');
  });
});

describe('formatAlerts', () => {
  it('formats one alert per item', () => {
    const alerts = formatAlerts({ kind: 'each', notifications: [notification('a')] });

    expect(alerts).toEqual([
      {
        summary: 'Ada assigned you ABC-1',
        body: 'Jira: ABC-1 Fix login',
        openUrl: 'https://example-site.atlassian.net/browse/ABC-1',
        notificationIds: ['a'],
        markReadAction: true,
        actionLabels: { open: 'Open', markRead: 'Mark as read' },
      },
    ]);
  });

  it('uses the product name without a title', () => {
    const [alert] = formatAlerts({
      kind: 'each',
      notifications: [notification('a', { entity: null, product: 'unknown' })],
    });

    expect(alert?.body).toBe('Other');
  });

  it('counts a summary by product', () => {
    const items = [
      notification('1'),
      notification('2', { product: 'confluence' }),
      notification('3'),
      ...Array.from({ length: 9 }, (_, index) => notification(`j${index}`)),
    ];

    const alerts = formatAlerts({ kind: 'summary', notifications: items });

    expect(alerts).toEqual([
      {
        summary: '12 unread notifications',
        body: 'Jira 11, Confluence 1',
        openUrl: 'https://home.atlassian.com/notifications',
        notificationIds: items.map((item) => item.id),
        markReadAction: false,
        actionLabels: { open: 'Open', markRead: 'Mark as read' },
      },
    ]);
  });

  it('writes alerts in German', () => {
    const [single] = formatAlerts(
      { kind: 'each', notifications: [notification('a', { message: '' })] },
      'de',
    );
    const [summary] = formatAlerts(
      { kind: 'summary', notifications: [notification('1'), notification('2')] },
      'de',
    );

    expect(single?.summary).toBe('Neue Benachrichtigung aus Jira');
    expect(single?.actionLabels).toEqual({ open: 'Öffnen', markRead: 'Als gelesen markieren' });
    expect(summary?.summary).toBe('2 ungelesene Benachrichtigungen');
  });

  it('counts one item in French', () => {
    const [summary] = formatAlerts({ kind: 'summary', notifications: [notification('1')] }, 'fr');

    expect(summary?.summary).toBe('1 notification non lue');
  });

  it('names the product without a message', () => {
    const [alert] = formatAlerts({
      kind: 'each',
      notifications: [notification('a', { message: ' \n ' })],
    });

    expect(alert?.summary).toBe('New Jira notification');
  });

  it('keeps the summary on one line', () => {
    const [alert] = formatAlerts({
      kind: 'each',
      notifications: [notification('a', { message: 'Ada\ncommented   on\tABC-1' })],
    });

    expect(alert?.summary).toBe('Ada commented on ABC-1');
  });

  it('returns nothing for none', () => {
    expect(formatAlerts({ kind: 'none' })).toEqual([]);
  });
});
