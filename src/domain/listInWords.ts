/** Items for a sentence: "A", "A and B", "A, B and C" (an empty list gives ""). */
export function listInWords(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
