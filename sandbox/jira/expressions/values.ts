/**
 * Runtime values. JSON-shaped data (entity property values, custom field values) is used as it is:
 * null, booleans, numbers, strings, arrays (Jira's List) and plain objects (Jira's Map). Jira's
 * typed objects (Issue, User, ...) are JiraObjects, and a date-only value is a CalendarDate.
 */

/** A day without a time or zone, as Jira's `CalendarDate`; `ymd` is `YYYY-MM-DD`. */
export class CalendarDate {
  private constructor(readonly ymd: string) {}

  /** null unless `text` is a real `YYYY-MM-DD` day. */
  static parse(text: string): CalendarDate | null {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
    const ms = Date.UTC(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
    const day = new Date(ms);
    return day.toISOString().slice(0, 10) === text ? new CalendarDate(text) : null;
  }

  /** The day `instant` falls on in UTC. */
  static of(instant: Date): CalendarDate {
    return new CalendarDate(instant.toISOString().slice(0, 10));
  }

  plusDays(days: number): CalendarDate {
    const ms = Date.parse(`${this.ymd}T00:00:00.000Z`) + days * 86_400_000;
    return new CalendarDate(new Date(ms).toISOString().slice(0, 10));
  }
}

/** The shape of one of Jira's typed objects, over the raw data it wraps. */
export interface ObjectType<R = any> {
  /** Jira's name for the type, as error messages give it: 'Issue', 'User', ... */
  name: string;
  properties: Record<string, (raw: R) => unknown>;
  /** Members named by pattern (custom fields, property keys): undefined when `name` is not one. */
  dynamic?: (raw: R, name: string) => unknown;
  /** Pattern-named members to list in an "Unrecognized property" message. */
  dynamicNames?: (raw: R) => string[];
  /** Members real Jira has that the emulator leaves out: refused as not emulated, not as unknown. */
  notEmulated: readonly string[];
  /** What the REST API would answer for a value of this type. */
  toJson: (raw: R) => unknown;
}

export class JiraObject<R = any> {
  constructor(
    readonly type: ObjectType<R>,
    readonly raw: R,
  ) {}
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !(v instanceof CalendarDate) &&
  !(v instanceof JiraObject);

/** Jira's name for a value's type. */
export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'Null';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Number';
  if (typeof v === 'string') return 'String';
  if (Array.isArray(v)) return 'List';
  if (v instanceof CalendarDate) return 'CalendarDate';
  if (v instanceof JiraObject) return v.type.name;
  return 'Map';
}

export const isNull = (v: unknown): v is null | undefined => v === null || v === undefined;

/** JavaScript's truthiness, which `!`, `&&`, `||` and `?:` use (so `!!issue.assignee` works as in Jira). */
export function truthy(v: unknown): boolean {
  if (isNull(v)) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (typeof v === 'string') return v !== '';
  return true;
}

/** `==`: no type conversion; primitives by value, dates by day, lists, maps and objects by content. */
export function equals(a: unknown, b: unknown): boolean {
  if (isNull(a) || isNull(b)) return isNull(a) && isNull(b);
  if (a instanceof CalendarDate || b instanceof CalendarDate) {
    return a instanceof CalendarDate && b instanceof CalendarDate && a.ymd === b.ymd;
  }
  if (a instanceof JiraObject || b instanceof JiraObject) {
    return a instanceof JiraObject && b instanceof JiraObject && a.type === b.type && equals(a.raw, b.raw);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => equals(x, b[i]));
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    const other = Object.keys(b).filter((k) => b[k] !== undefined);
    return keys.length === other.length && keys.every((k) => Object.hasOwn(b, k) && equals(a[k], b[k]));
  }
  return a === b;
}

/** A value as the REST API would return it: plain JSON, dates as `YYYY-MM-DD`. */
export function toPlain(v: unknown): unknown {
  if (isNull(v)) return null;
  if (v instanceof CalendarDate) return v.ymd;
  if (v instanceof JiraObject) return toPlain(v.type.toJson(v.raw));
  if (Array.isArray(v)) return v.map(toPlain);
  if (isPlainObject(v)) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = toPlain(x);
    return out;
  }
  return v;
}

/** How `+` shows a value joined to a string. */
export function display(v: unknown): string {
  if (isNull(v)) return 'null';
  if (v instanceof CalendarDate) return v.ymd;
  return String(v);
}
