/** Where a nonconformity came from; a finding recorded before sources existed came from an internal audit. */
export const internalAuditSource = 'internalAudit';

/**
 * The source of a finding, read without trusting its shape: the intake that adds `source` to the
 * finding is newer than many stored findings, and the report must not fail on either. A plain word
 * is the source; an object names it by `kind` (or `type`); anything else is an internal audit,
 * which is where every finding came from before the intake.
 */
export function findingSourceOf(finding: object): string {
  const source: unknown = (finding as { source?: unknown }).source;
  if (typeof source === 'string' && source.length > 0) return source;
  if (source !== null && typeof source === 'object') {
    const named = source as { kind?: unknown; type?: unknown };
    if (typeof named.kind === 'string' && named.kind.length > 0) return named.kind;
    if (typeof named.type === 'string' && named.type.length > 0) return named.type;
  }
  return internalAuditSource;
}
