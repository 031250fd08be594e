import type { ResolverError } from '../../../../src/contract';
import type { OverrideSubject } from './OverrideDialog';

/**
 * What the plan form's impartiality refusal would let a signed override lift: the auditor, and the
 * area they belong to or the scope line they own or run (the server names a line only once no area
 * conflict is left). The refusal carries it as data; its sentence is only for people.
 */
export function refusedAssignment(error: ResolverError): OverrideSubject | null {
  const subject = error.overridable;
  if (!subject) return null;
  return subject.itemId
    ? { auditorId: subject.auditorId, areaId: null, itemId: subject.itemId }
    : { auditorId: subject.auditorId, areaId: subject.areaId ?? null };
}
