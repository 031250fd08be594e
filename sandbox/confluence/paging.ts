import { badParameter } from './errors';

/**
 * Confluence v2's cursor paging: `limit` (1–250, default 25) and an opaque `cursor`; when more
 * results exist the answer carries `_links.next` (the relative URL of the next page, with the
 * cursor) and the same URL in a `Link: <…>; rel="next"` header. The cursor holds the sort key of
 * the last item returned, so inserts and deletes between requests neither skip nor repeat items.
 */
export type SortKey = Array<string | number>;

export interface Paged<T> {
  results: T[];
  next?: string;
}

export function limitOf(query: URLSearchParams): number {
  const raw = query.get('limit');
  if (raw === null) return 25;
  const limit = Number(raw);
  if (!/^\d+$/.test(raw) || limit < 1 || limit > 250) {
    throw badParameter(`limit must be an integer between 1 and 250, not '${raw}'`);
  }
  return limit;
}

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(key) && key.every((part) => typeof part === 'string' || typeof part === 'number')) return key;
  } catch {
    // fall through
  }
  throw badParameter(`cursor '${cursor}' is not valid`);
}

/**
 * One page of `items` in the order of their sort keys (`directions[i]` is -1 where part i sorts
 * descending; the last part should be unique, e.g. the id). `path` is the request's path without
 * query: the next link repeats the request's query with the new cursor.
 */
export function paginate<T>(
  items: T[],
  keyOf: (item: T) => SortKey,
  directions: number[],
  query: URLSearchParams,
  path: string,
): Paged<T> {
  const compare = keyComparator(directions);
  const sorted = [...items].sort((a, b) => compare(keyOf(a), keyOf(b)));
  const limit = limitOf(query);
  const cursor = query.get('cursor');
  const after = cursor === null ? undefined : decodeCursor(cursor);
  const start = after === undefined ? 0 : sorted.findIndex((item) => compare(keyOf(item), after) > 0);
  const from = start < 0 ? sorted.length : start;
  const results = sorted.slice(from, from + limit);
  if (from + limit >= sorted.length) return { results };
  const nextQuery = new URLSearchParams(query);
  nextQuery.set('cursor', encodeCursor(keyOf(results[results.length - 1]!)));
  return { results, next: `${path}?${nextQuery.toString()}` };
}

/** Compares sort keys part by part; `directions[i]` is -1 for a descending part. */
export function keyComparator(directions: number[]): (a: SortKey, b: SortKey) => number {
  return (a, b) => {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const x = a[i]!;
      const y = b[i]!;
      const order = x < y ? -1 : x > y ? 1 : 0;
      if (order !== 0) return order * (directions[i] ?? 1);
    }
    return 0;
  };
}

/** The answer members for a page of results: `results`, `_links` and the Link header. */
export function listAnswer(paged: Paged<unknown>, base: string) {
  return {
    status: 200,
    body: { results: paged.results, _links: { ...(paged.next ? { next: paged.next } : {}), base } },
    ...(paged.next ? { headers: { link: `<${paged.next}>; rel="next"` } } : {}),
  };
}
