const units: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 60 * 60],
  ['month', 30 * 24 * 60 * 60],
  ['week', 7 * 24 * 60 * 60],
  ['day', 24 * 60 * 60],
  ['hour', 60 * 60],
  ['minute', 60],
];

/**
 * Formats `timestamp` relative to `now` ("5 minutes ago", "yesterday") in `language`. Less than a
 * minute reads as "now". Months are 30 days and years 365 days, which is close enough for a feed.
 * An unparseable timestamp returns an empty string.
 */
export function formatRelativeTime(timestamp: string, now: Date, language: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) {
    return '';
  }

  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  const seconds = Math.round((time - now.getTime()) / 1000);
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.trunc(seconds / size), unit);
    }
  }
  return format.format(0, 'second');
}

/** Formats `timestamp` as an absolute date and time for tooltips. */
export function formatDateTime(timestamp: string, language: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) {
    return '';
  }
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(
    time,
  );
}

/** Formats `timestamp` as a time of day, such as "14:05", for "retrying at" messages. */
export function formatClockTime(timestamp: string, language: string): string {
  const time = Date.parse(timestamp);
  if (Number.isNaN(time)) {
    return '';
  }
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(time);
}
