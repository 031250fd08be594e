/** One changed key of a record between two trail values, each side shown compactly. */
export interface DiffLine {
  key: string;
  /** null when the key was not there before (the record or the key was created). */
  before: string | null;
  /** null when the key is gone after (the record or the key was deleted). */
  after: string | null;
}

const MAX_SHOWN = 80;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON with object keys sorted, so two values that differ only in key order compare equal. */
export function stableJson(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (isPlainObject(value)) {
    const keys = Object.keys(value).sort();
    return `{${keys.map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A value on one line, cut at 80 characters: strings quoted, everything else as JSON. */
export function compactValue(value: unknown): string {
  const text = value === undefined ? '—' : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/**
 * The keys whose values differ between `before` and `after` (top level only; a nested change
 * shows its whole new value). Values that are not objects compare as one `(value)` line.
 */
export function diffValues(before: unknown, after: unknown): DiffLine[] {
  if (!isPlainObject(before) && !isPlainObject(after)) {
    if (stableJson(before ?? null) === stableJson(after ?? null)) return [];
    return [
      {
        key: '(value)',
        before: before === null || before === undefined ? null : compactValue(before),
        after: after === null || after === undefined ? null : compactValue(after),
      },
    ];
  }
  const old = isPlainObject(before) ? before : {};
  const next = isPlainObject(after) ? after : {};
  const keys = [...Object.keys(next), ...Object.keys(old).filter((key) => !(key in next))];
  return keys
    .filter((key) => stableJson(old[key]) !== stableJson(next[key]))
    .map((key) => ({
      key,
      before: key in old ? compactValue(old[key]) : null,
      after: key in next ? compactValue(next[key]) : null,
    }));
}
