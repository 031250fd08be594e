/**
 * A change to a record that has been approved or signed needs a written reason (Part 11 / Annex 11:
 * the trail must say why a controlled record changed). Records mark that state with an `approval`
 * member whose `state` is `approved`, or with a non-empty `signatures` list; later record types
 * follow the same convention so this one rule covers them all.
 */
export function reasonRequiredToChange(before: unknown): boolean {
  if (before === null || typeof before !== 'object') return false;
  const record = before as { approval?: { state?: unknown } | null; signatures?: unknown };
  if (record.approval && record.approval.state === 'approved') return true;
  return Array.isArray(record.signatures) && record.signatures.length > 0;
}
