/** `organisationName` → `Organisation name`: a record's keys as words for the printed record. */
export function keyWords(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase()
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** One value of a record on one line: text as it is, lists of plain values joined, the rest as JSON. */
export function valueWords(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => ['string', 'number', 'boolean'].includes(typeof item)))
    return value.length === 0 ? '(none)' : value.join(', ');
  return JSON.stringify(value);
}

/** A record's content as rows of key and value; a content that is not an object is one row. */
export function contentRows(content: unknown): Array<{ key: string; label: string; value: string }> {
  if (typeof content === 'object' && content !== null && !Array.isArray(content)) {
    return Object.entries(content).map(([key, value]) => ({ key, label: keyWords(key), value: valueWords(value) }));
  }
  return [{ key: 'value', label: 'Value', value: valueWords(content) }];
}
