/**
 * Canonical JSON: object keys sorted, no whitespace, `undefined` members dropped. Two records with
 * the same content always give the same text, so their SHA-256 is stable across engines and
 * Node versions — the basis of the trail's hash chain and of signature binding.
 *
 * The walk keeps its own stack instead of recursing: a value nested thousands deep (a hostile
 * payload, say) is written like any other instead of overflowing the call stack, so nothing that
 * hashes or compares records can be made to crash by depth. A value that contains itself has no
 * JSON form and is refused in words.
 */
export function canonicalJson(value: unknown): string {
  const out: string[] = [];
  const open: Container[] = [];
  const onPath = new Set<object>();
  let pending: { value: unknown } | null = { value };
  for (;;) {
    if (pending) {
      const container = write(pending.value, out);
      pending = null;
      if (container) {
        if (onPath.has(container.source)) throw new TypeError('canonicalJson: a value contains itself');
        onPath.add(container.source);
        open.push(container);
      }
    }
    const top = open[open.length - 1];
    if (!top) return out.join('');
    if (top.next < top.length) {
      pending = { value: member(top, out) };
    } else {
      out.push(top.close);
      onPath.delete(top.source);
      open.pop();
    }
  }
}

/** An array or object being written: what is left of it, one member at a time. */
interface Container {
  source: object;
  keys: string[] | null;
  next: number;
  length: number;
  close: ']' | '}';
}

/** Writes a leaf whole, or the opening of an array or object and returns it to be filled. */
function write(value: unknown, out: string[]): Container | null {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: non-finite numbers have no JSON form');
    }
    out.push(value === undefined ? 'null' : `${JSON.stringify(value)}`);
    return null;
  }
  if (value instanceof Date) {
    out.push(JSON.stringify(value.toISOString()));
    return null;
  }
  if (Array.isArray(value)) {
    out.push('[');
    return { source: value, keys: null, next: 0, length: value.length, close: ']' };
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  out.push('{');
  return { source: value, keys, next: 0, length: keys.length, close: '}' };
}

/** Writes the separator (and key) of the container's next member and returns that member's value. */
function member(container: Container, out: string[]): unknown {
  const index = container.next;
  container.next += 1;
  if (index > 0) out.push(',');
  if (container.keys === null) return (container.source as unknown[])[index];
  const key = container.keys[index]!;
  out.push(`${JSON.stringify(key)}:`);
  return (container.source as Record<string, unknown>)[key];
}
