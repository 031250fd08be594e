import { hasAccess, type AppRole } from '../../domain/access/appRole';
import { peopleOf, type AuditableArea } from '../../domain/areas/auditableArea';
import { independenceProblems, type IndependenceProblem } from '../../domain/actions/independence';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';

/**
 * Who may work a corrective action (open it, record its steps): programme managers and lead
 * auditors always; an auditee only when EVERY finding is in an area they own or work in. `areas`
 * is the area of each finding, null where it no longer exists: one finding of their own must not
 * carry findings of other people's areas (or of a deleted area) into an auditee's reach.
 */
export function mayWorkOn(
  callerId: string,
  roles: readonly AppRole[],
  areas: readonly (AuditableArea | null)[],
): boolean {
  if (hasAccess(roles, ['programmeManager', 'leadAuditor'])) return true;
  return (
    hasAccess(roles, ['auditee']) &&
    areas.length > 0 &&
    areas.every((area) => area !== null && peopleOf(area).includes(callerId))
  );
}

/**
 * Why `verifierId` may not verify the action (empty: they may): the independence rules of 10.2 d
 * (independence.ts) on the action as stored, its findings' areas and the verifier's certificate.
 */
export function verifierProblems(
  verifierId: string,
  action: Pick<CorrectiveActionRecord, 'implementation' | 'plan'>,
  areas: readonly (AuditableArea | null)[],
  assigneeId: string | null,
  qualified: boolean,
): IndependenceProblem[] {
  return independenceProblems({
    verifierId,
    implementerId: action.implementation?.by ?? null,
    assigneeId,
    planOwnerId: action.plan?.ownerId ?? null,
    areaPeople: areas.flatMap((area) => (area ? peopleOf(area) : [])),
    qualified,
  });
}

/** Who may verify it: an auditor, lead or programme manager with no verifier problem. */
export function mayVerify(
  callerId: string,
  roles: readonly AppRole[],
  action: Pick<CorrectiveActionRecord, 'state' | 'implementation' | 'plan'>,
  areas: readonly (AuditableArea | null)[],
  assigneeId: string | null,
  qualified: boolean,
): boolean {
  if (action.state !== 'verification') return false;
  if (!hasAccess(roles, ['programmeManager', 'leadAuditor', 'auditor'])) return false;
  return verifierProblems(callerId, action, areas, assigneeId, qualified).length === 0;
}
