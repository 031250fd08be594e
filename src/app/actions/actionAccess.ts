import { hasAccess, type AppRole } from '../../domain/access/appRole';
import { peopleOf, type AuditableArea } from '../../domain/programme/auditableArea';
import { independenceProblems } from '../../domain/actions/independence';
import type { CorrectiveActionRecord } from '../../domain/actions/correctiveAction';

/**
 * Who may work a corrective action (open it, record its steps): programme managers and lead
 * auditors always; an auditee only for findings in an area they own or work in.
 */
export function mayWorkOn(callerId: string, roles: readonly AppRole[], areas: readonly AuditableArea[]): boolean {
  if (hasAccess(roles, ['programmeManager', 'leadAuditor'])) return true;
  return hasAccess(roles, ['auditee']) && areas.some((area) => peopleOf(area).includes(callerId));
}

/** Who may verify it: an auditor, lead or programme manager who neither implemented it nor is assigned it. */
export function mayVerify(
  callerId: string,
  roles: readonly AppRole[],
  action: Pick<CorrectiveActionRecord, 'state' | 'implementation'>,
  assigneeId: string | null,
): boolean {
  if (action.state !== 'verification') return false;
  if (!hasAccess(roles, ['programmeManager', 'leadAuditor', 'auditor'])) return false;
  const implementerId = action.implementation?.by ?? null;
  return independenceProblems({ verifierId: callerId, implementerId, assigneeId }).length === 0;
}
