import { truncateGraphemes } from './alert-text.ts';

/** One desktop notification to show, in plain text; the notifier escapes and truncates it. */
export interface NotifyRequest {
  summary: string;
  body: string;
  /** Offer a "Mark as read" button where the notification server supports buttons. */
  markReadAction?: boolean;
  /** The button labels in the user's language; English when absent. */
  actionLabels?: { open: string; markRead: string };
}

/**
 * Action keys that `onAction` reports. `default` is a click on the notification itself or its
 * Open button; `mark-read` is the Mark as read button.
 */
export const alertActions = { open: 'default', markRead: 'mark-read' } as const;

/** Text used when an alert's body is empty, because some servers then show a blank popup. */
const fallbackBody = 'Atlassian notification';

/** Cuts the summary and body to their limits on grapheme boundaries; an empty body gets a text. */
export function fitAlertText(
  alert: NotifyRequest,
  limits: { maxSummaryGraphemes?: number; maxBodyGraphemes?: number },
): { summary: string; body: string } {
  const body = alert.body.trim() === '' ? fallbackBody : alert.body;
  return {
    summary: truncateGraphemes(alert.summary, limits.maxSummaryGraphemes ?? 100),
    body: truncateGraphemes(body, limits.maxBodyGraphemes ?? 300),
  };
}
