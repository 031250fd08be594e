import type { ResolverError } from '../../../../src/contract';
import { errorIsAbout } from '../../../shared/fieldMessage';
import type { OverrideSubject } from './OverrideDialog';
import { conflictsOf, type PlanDraft } from './planDraft';
import type { AuditLookups } from './useAuditLookups';

/**
 * Who the plan form's refusal was about, and what to lift: the scope line it names when they own its
 * control or process (the server names a line only once no area conflict is left), else the first
 * area they conflict with.
 */
export function refusedAssignment(
  error: ResolverError,
  draft: PlanDraft,
  lookups: AuditLookups,
): OverrideSubject | null {
  if (!error.message.startsWith('Impartiality')) return null;
  const team = /^plan\.teamIds\.(\d+)$/.exec(error.field ?? '');
  const auditorId = errorIsAbout(error, 'plan.leadAuditorId')
    ? draft.leadAuditorId
    : team
      ? (draft.teamIds[Number(team[1])] ?? null)
      : null;
  const line = / owns control (\S+) in the Statement of Applicability|, which (\S+) examines/.exec(error.message);
  const itemId = line?.[1] ?? line?.[2] ?? null;
  if (itemId) return { auditorId, areaId: null, itemId };
  const areaId = conflictsOf(auditorId, draft.areaIds, lookups.areas)[0]?.areaId ?? null;
  return { auditorId, areaId };
}
