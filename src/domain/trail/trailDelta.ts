import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson';

/** A place inside a record: object keys and array indexes from the top. */
export type DeltaPath = Array<string | number>;

/** One change: `[path, value]` sets the value there, `[path]` removes an object member. */
export type DeltaOp = [DeltaPath, unknown] | [DeltaPath];

/**
 * How an update is stored when it does not repeat the record: the changes from the version before
 * (`$d`) and a digest of the whole record after them (`$h`), so a stored row can be checked against
 * its entry without rebuilding the record (see recordIntegrity.ts). No record type has members
 * named like these, so a stored record is never mistaken for a delta.
 */
export interface StoredDelta {
  $d: DeltaOp[];
  $h: string;
}

/** Below this depth a differing value is replaced whole: records are shallow, hostile input is not. */
const MAX_DEPTH = 24;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/** The record as its canonical JSON reads it back: dates as strings, `undefined` members gone. */
export const asJson = (value: unknown): unknown => JSON.parse(canonicalJson(value)) as unknown;

/**
 * The changes that turn `before` into `after` (both JSON values): members compared one by one,
 * arrays of the same length item by item, anything else replaced whole. Applying them to `before`
 * gives a value whose canonical JSON equals `after`'s.
 */
export function diffRecords(before: unknown, after: unknown): DeltaOp[] {
  const ops: DeltaOp[] = [];
  diffInto(asJson(before), asJson(after), [], ops);
  return ops;
}

function diffInto(before: unknown, after: unknown, path: DeltaPath, ops: DeltaOp[]): void {
  if (canonicalJson(before) === canonicalJson(after)) return;
  if (path.length < MAX_DEPTH && isObject(before) && isObject(after)) {
    for (const key of Object.keys(before).sort()) {
      if (!Object.hasOwn(after, key)) ops.push([[...path, key]]);
    }
    for (const key of Object.keys(after).sort()) {
      if (Object.hasOwn(before, key)) diffInto(before[key], after[key], [...path, key], ops);
      else ops.push([[...path, key], after[key]]);
    }
    return;
  }
  if (path.length < MAX_DEPTH && Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((item, index) => diffInto(before[index], item, [...path, index], ops));
    return;
  }
  ops.push([path, after]);
}

/**
 * `before` with the changes applied, as a new value (`before` is not touched). A change whose path
 * does not lead anywhere in `before` is refused in words: the delta was not made from this record.
 */
export function applyDelta(before: unknown, ops: readonly DeltaOp[]): unknown {
  let result = asJson(before);
  for (const op of ops) {
    const [path] = op;
    if (path.length === 0) {
      if (op.length === 1) throw new TypeError('applyDelta: the whole record cannot be removed');
      result = asJson(op[1]);
      continue;
    }
    let parent: unknown = result;
    // Own members only: a path through `__proto__` or `constructor` never reaches a prototype.
    for (const step of path.slice(0, -1)) {
      const holder = parent as Record<string | number, unknown>;
      parent = (isObject(parent) || Array.isArray(parent)) && Object.hasOwn(holder, step) ? holder[step] : undefined;
    }
    const last = path[path.length - 1]!;
    if (!isObject(parent) && !Array.isArray(parent)) {
      throw new TypeError(`applyDelta: ${path.join('.')} does not lead into the record`);
    }
    const holder = parent as Record<string | number, unknown>;
    if (op.length === 1) delete holder[last];
    // A member named like `__proto__` (JSON allows it) is set as a member, never as the prototype.
    else
      Object.defineProperty(holder, last, {
        value: asJson(op[1]),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return result;
}

/** 128 bits of the SHA-256 of the record's canonical JSON, base64url: what a delta says the record became. */
export function recordDigest(record: unknown): string {
  return createHash('sha256').update(canonicalJson(record)).digest('base64url').slice(0, 22);
}

export function isStoredDelta(value: unknown): value is StoredDelta {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 2 && Array.isArray(value.$d) && typeof value.$h === 'string' && keys.includes('$d');
}
