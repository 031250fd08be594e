import { JqlError } from './errors';

/**
 * Dates for JQL: the literal formats Jira accepts, relative periods, the date functions, and the
 * wall clock of a time zone (through Intl, so the process's own TZ never matters).
 *
 * A date-only value (duedate, a `date` custom field) is a calendar day; a date-time value is an
 * instant. A clause compares a date-only field with its operand's calendar day in the query's time
 * zone, and a date-time field with the operand's instant.
 */

/** An operand after resolution: the instant and its calendar day in the query's time zone. */
export interface DateOperand {
  ms: number;
  ymd: string;
}

/** A field's value: a calendar day (YYYY-MM-DD) or an instant (epoch ms). */
export type DateValue = { kind: 'date'; ymd: string } | { kind: 'instant'; ms: number };

/** Wall-clock time in a zone; mo is 1-12. */
export interface Wall {
  y: number;
  mo: number;
  d: number;
  h: number;
  mi: number;
  s: number;
  ms: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Throws a RangeError (a caller's mistake, not the query's) for a zone Intl does not know. */
export function checkTimeZone(timeZone: string): void {
  formatter(timeZone);
}

/** Date.UTC without its 0-99 → 1900s quirk; out-of-range parts roll over as in Date.UTC. */
function utc(w: Wall): number {
  const date = new Date(Date.UTC(2000, 0, 1, w.h, w.mi, w.s, w.ms));
  date.setUTCFullYear(w.y, w.mo - 1, w.d);
  return date.getTime();
}

function fromUtc(ms: number): Wall {
  const d = new Date(ms);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

export function wallOf(ms: number, timeZone: string): Wall {
  const parts: Record<string, number> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(ms))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    y: parts.year!,
    mo: parts.month!,
    d: parts.day!,
    h: parts.hour!,
    mi: parts.minute!,
    s: parts.second!,
    ms: ((ms % 1000) + 1000) % 1000,
  };
}

const offsetAt = (ms: number, timeZone: string) => utc(wallOf(ms, timeZone)) - ms;

/** The instant a wall-clock time denotes in a zone (a time skipped by DST lands just after the gap). */
export function fromWall(w: Wall, timeZone: string): number {
  const asUtc = utc(w);
  const first = asUtc - offsetAt(asUtc, timeZone);
  return asUtc - offsetAt(first, timeZone);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function ymdOf(ms: number, timeZone: string): string {
  const w = wallOf(ms, timeZone);
  return `${pad(w.y, 4)}-${pad(w.mo)}-${pad(w.d)}`;
}

/** Days in month mo (1-12) of year y: day 0 of the next month. */
const daysInMonth = (y: number, mo: number) => fromUtc(utc({ y, mo: mo + 1, d: 0, h: 0, mi: 0, s: 0, ms: 0 })).d;

/** The start of a calendar day (YYYY-MM-DD) in a zone. */
export function startOfYmd(ymd: string, timeZone: string): number {
  const [y, mo, d] = ymd.split('-').map(Number) as [number, number, number];
  return fromWall({ y, mo, d, h: 0, mi: 0, s: 0, ms: 0 }, timeZone);
}

export const operand = (ms: number, timeZone: string): DateOperand => ({ ms, ymd: ymdOf(ms, timeZone) });

/** Orders a field value against an operand: by calendar day for a date, by instant for a date-time. */
export function compareDate(value: DateValue, op: DateOperand): number {
  if (value.kind === 'date') return value.ymd < op.ymd ? -1 : value.ymd > op.ymd ? 1 : 0;
  return value.ms - op.ms;
}

const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A stored field value: `YYYY-MM-DD` is a calendar day, anything Date.parse reads is an instant. */
export function toDateValue(raw: unknown): DateValue | null {
  if (typeof raw !== 'string') return null;
  const m = YMD.exec(raw);
  if (m) return validDay(Number(m[1]), Number(m[2]), Number(m[3])) ? { kind: 'date', ymd: raw } : null;
  const ms = Date.parse(raw);
  return Number.isNaN(ms) ? null : { kind: 'instant', ms };
}

function validDay(y: number, mo: number, d: number): boolean {
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

const ABSOLUTE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([-+])?\s*((?:\d+\s*[wdhm]\s*)+)$/;
const PERIOD_PART = /(\d+)\s*([wdhm])/g;
const UNIT_MS: Record<string, number> = { w: 7 * DAY, d: DAY, h: HOUR, m: MINUTE };

/**
 * A date literal as Jira reads it: "yyyy-MM-dd", "yyyy/MM/dd", either with " HH:mm" (wall time in
 * the query's zone), or a period relative to now ("-5d", "2w", "-4w 2d", "-1h", "30m"; fixed
 * lengths, a week being 7×24 h). Returns null when the text is none of these.
 */
export function parseDateLiteral(text: string, now: number, timeZone: string): number | null {
  const abs = ABSOLUTE.exec(text.trim());
  if (abs) {
    const [y, mo, d, h, mi] = [abs[1], abs[3], abs[4], abs[5] ?? '0', abs[6] ?? '0'].map(Number) as number[];
    if (!validDay(y!, mo!, d!) || h! > 23 || mi! > 59) return null;
    return fromWall({ y: y!, mo: mo!, d: d!, h: h!, mi: mi!, s: 0, ms: 0 }, timeZone);
  }
  const rel = PERIOD.exec(text.trim());
  if (!rel) return null;
  let total = 0;
  for (const part of rel[2]!.matchAll(PERIOD_PART)) total += Number(part[1]) * UNIT_MS[part[2]!]!;
  return now + (rel[1] === '-' ? -total : total);
}

export const invalidDate = (text: string, field: string) =>
  new JqlError(
    `Date value '${text}' for field '${field}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', ` +
      `'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`,
  );

type Unit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm';
const UNIT_RANK: Record<Unit, number> = { m: 0, h: 1, d: 2, w: 3, M: 4, y: 5 };
type Period = 'd' | 'M' | 'y';

/** The date functions the emulator evaluates, by lower-case name. */
export const DATE_FUNCTIONS: Record<string, { period: Period; edge: 'start' | 'end' } | 'now'> = {
  now: 'now',
  startofday: { period: 'd', edge: 'start' },
  endofday: { period: 'd', edge: 'end' },
  startofmonth: { period: 'M', edge: 'start' },
  endofmonth: { period: 'M', edge: 'end' },
  startofyear: { period: 'y', edge: 'start' },
  endofyear: { period: 'y', edge: 'end' },
};

function snap(w: Wall, period: Period, edge: 'start' | 'end'): Wall {
  const mo = period === 'y' ? (edge === 'start' ? 1 : 12) : w.mo;
  const d = period === 'd' ? w.d : edge === 'start' ? 1 : daysInMonth(w.y, mo);
  return edge === 'start'
    ? { y: w.y, mo, d, h: 0, mi: 0, s: 0, ms: 0 }
    : { y: w.y, mo, d, h: 23, mi: 59, s: 59, ms: 999 };
}

/** Calendar arithmetic on a wall time; y and M clamp the day to the month's end (Jan 31 + 1M = Feb 28). */
function shift(w: Wall, n: number, unit: 'y' | 'M' | 'w' | 'd'): Wall {
  if (unit === 'w' || unit === 'd') return fromUtc(utc({ ...w, d: w.d + n * (unit === 'w' ? 7 : 1) }));
  const months = w.y * 12 + (w.mo - 1) + n * (unit === 'y' ? 12 : 1);
  const y = Math.floor(months / 12);
  const mo = months - y * 12 + 1;
  return { ...w, y, mo, d: Math.min(w.d, daysInMonth(y, mo)) };
}

/**
 * now(), startOfDay([inc]), endOfDay([inc]), startOfMonth, endOfMonth, startOfYear, endOfYear.
 * inc is (+/-)n(y|M|w|d|h|m), the unit defaulting to the function's period. An increment of the
 * period or coarser moves first and then snaps (startOfDay(-1) = start of yesterday); a finer one
 * is added to the snapped time (startOfMonth("+14d") = the 15th).
 */
export function evaluateDateFunction(name: string, args: string[], nowMs: number, timeZone: string): number {
  const fn = DATE_FUNCTIONS[name.toLowerCase()]!;
  if (fn === 'now') {
    if (args.length > 0) throw new JqlError(`Function '${name}' expected '0' arguments but received '${args.length}'.`);
    return nowMs;
  }
  if (args.length > 1) {
    throw new JqlError(`Function '${name}' expected between '0' and '1' arguments but received '${args.length}'.`);
  }
  const inc = /^([-+])?(\d+)([yMwdhm])?$/.exec(args[0]?.trim() ?? '0');
  if (!inc) {
    throw new JqlError(
      `Duration for function '${name}' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.`,
    );
  }
  const n = Number(inc[2]) * (inc[1] === '-' ? -1 : 1);
  const unit = (inc[3] ?? fn.period) as Unit;
  const now = wallOf(nowMs, timeZone);
  if (UNIT_RANK[unit] >= UNIT_RANK[fn.period]) {
    return fromWall(snap(shift(now, n, unit as 'y' | 'M' | 'w' | 'd'), fn.period, fn.edge), timeZone);
  }
  const snapped = fromWall(snap(now, fn.period, fn.edge), timeZone);
  if (unit === 'h' || unit === 'm') return snapped + n * UNIT_MS[unit]!;
  return fromWall(shift(wallOf(snapped, timeZone), n, unit as 'w' | 'd'), timeZone);
}
