/**
 * A lookup that runs once per key for as long as the returned function lives (one request, one
 * queue chunk): a list of twenty findings in three areas reads each area once. The promise is
 * kept, so lookups of the same key that overlap share one read.
 */
export function lookupOnce<T>(look: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const seen = new Map<string, Promise<T>>();
  return (key) => {
    let value = seen.get(key);
    if (!value) {
      value = look(key);
      seen.set(key, value);
    }
    return value;
  };
}
