const format = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const formatWithSeconds = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

function parse(iso: string): Date | null {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A stored ISO timestamp in the reader's locale; the raw value when it is not a date. */
export function formatTimestamp(iso: string): string {
  const date = parse(iso);
  return date ? format.format(date) : iso;
}

/** The same, to the second: for records where the exact moment matters (signatures, the trail). */
export function formatLocalExact(iso: string): string {
  const date = parse(iso);
  return date ? formatWithSeconds.format(date) : iso;
}

/** A stored ISO timestamp in UTC, unambiguous for any reader: `2025-03-12 14:03:21 UTC`. */
export function formatUtc(iso: string): string {
  const date = parse(iso);
  return date ? `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC` : iso;
}

/** The reader's time zone name, e.g. `Europe/Dublin`, for "local time" labels. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'local time';
}

const isoInText = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g;

/** A server message with the ISO instants in it written as UTC for people ("locked until …"). */
export function humaniseTimes(message: string): string {
  return message.replace(isoInText, (iso) => formatUtc(iso));
}
