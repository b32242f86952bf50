import { notificationsPageUrl } from '../notifications/links.ts';
import type { Notification, ProductSlug } from '../notifications/notification.ts';
import { productDisplayNames } from '../notifications/product.ts';
import type { AlertPlan } from './alert-tracker.ts';

/** One desktop notification to raise, in plain text; the notifier escapes and truncates. */
export interface DesktopAlert {
  summary: string;
  body: string;
  /** URL a click opens: the item, or the notifications page for a summary. */
  openUrl: string;
  notificationIds: string[];
  /** True for one item's alert, which offers Mark as read; a summary offers only Open. */
  markReadAction: boolean;
}

/** Turns a plan into desktop notifications: one per item, or one summary. */
export function formatAlerts(plan: AlertPlan): DesktopAlert[] {
  switch (plan.kind) {
    case 'none':
      return [];
    case 'each':
      return plan.notifications.map(formatItemAlert);
    case 'summary':
      return [formatSummaryAlert(plan.notifications)];
  }
}

function formatItemAlert(notification: Notification): DesktopAlert {
  const product = productDisplayNames[notification.product];
  const title = notification.entity?.title ?? notification.path?.title;
  const message = notification.message.replace(/\s+/g, ' ').trim();
  return {
    summary: message || `New ${product} notification`,
    body: title ? `${product}: ${title}` : product,
    openUrl: notification.openUrl,
    notificationIds: [notification.id],
    markReadAction: true,
  };
}

/** "12 unread notifications", with a body such as "Jira 7, Confluence 5". */
function formatSummaryAlert(notifications: readonly Notification[]): DesktopAlert {
  const count = notifications.length;
  const counts = new Map<ProductSlug, number>();
  for (const notification of notifications) {
    counts.set(notification.product, (counts.get(notification.product) ?? 0) + 1);
  }
  const body = [...counts]
    .sort((left, right) => right[1] - left[1])
    .map(([product, productCount]) => `${productDisplayNames[product]} ${productCount}`)
    .join(', ');

  return {
    summary: `${count} unread ${count === 1 ? 'notification' : 'notifications'}`,
    body,
    openUrl: notificationsPageUrl,
    notificationIds: notifications.map((notification) => notification.id),
    markReadAction: false,
  };
}

/** Escapes the characters that notification servers reading body markup would interpret. */
export function escapeMarkup(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Shortens text to at most `maxGraphemes` user-perceived characters, ending in "…" when cut,
 * so no emoji or combined character is split.
 */
export function truncateGraphemes(text: string, maxGraphemes: number): string {
  if (maxGraphemes < 1) {
    return '';
  }
  const parts: string[] = [];
  for (const { segment } of graphemes.segment(text)) {
    if (parts.length === maxGraphemes) {
      parts[maxGraphemes - 1] = '…';
      return parts.join('');
    }
    parts.push(segment);
  }
  return text;
}
