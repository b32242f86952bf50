import type { DesktopLanguage } from '../locale/desktop-language.ts';
import { notificationsPageUrl } from '../notifications/links.ts';
import type { Notification, ProductSlug } from '../notifications/notification.ts';
import { productDisplayNames } from '../notifications/product.ts';
import { type AlertTexts, alertTexts } from './alert-catalog.ts';
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
  /** The labels of the Open and Mark as read buttons. */
  actionLabels: { open: string; markRead: string };
}

/** Turns a plan into desktop notifications in `language`: one per item, or one summary. */
export function formatAlerts(plan: AlertPlan, language: DesktopLanguage = 'en'): DesktopAlert[] {
  const texts = alertTexts(language);
  switch (plan.kind) {
    case 'none':
      return [];
    case 'each':
      return plan.notifications.map((notification) => formatItemAlert(notification, texts));
    case 'summary':
      return [formatSummaryAlert(plan.notifications, texts)];
  }
}

function formatItemAlert(notification: Notification, texts: AlertTexts): DesktopAlert {
  const product = productDisplayNames[notification.product];
  const title = notification.entity?.title ?? notification.path?.title;
  const message = notification.message.replace(/\s+/g, ' ').trim();
  return {
    summary: message || texts.newItem.replace('{product}', product),
    body: title ? `${product}: ${title}` : product,
    openUrl: notification.openUrl,
    notificationIds: [notification.id],
    markReadAction: true,
    actionLabels: { open: texts.open, markRead: texts.markRead },
  };
}

/** "12 unread notifications", with a body such as "Jira 7, Confluence 5". */
function formatSummaryAlert(
  notifications: readonly Notification[],
  texts: AlertTexts,
): DesktopAlert {
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
    summary: count === 1 ? texts.unreadOne : texts.unreadMany.replace('{count}', String(count)),
    body,
    openUrl: notificationsPageUrl,
    notificationIds: notifications.map((notification) => notification.id),
    markReadAction: false,
    actionLabels: { open: texts.open, markRead: texts.markRead },
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
