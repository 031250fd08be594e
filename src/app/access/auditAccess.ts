import { hasAccess } from '../../domain/access/appRole';
import { forbidden, notFound } from '../../domain/failure';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import type { StoredRecord } from '../../ports/recordStore';
import { callerRoles } from './callerRoles';
import type { AppServices, Caller } from '../services';

export async function loadAudit(services: AppServices, auditId: string): Promise<StoredRecord<AuditRecord>> {
  const stored = await services.store.get('audit', auditId);
  if (!stored) throw notFound(`There is no audit ${auditId}`);
  return stored;
}

/** The lead auditor and the team: the people who examine and record results. */
export function auditTeam(audit: AuditRecord): string[] {
  return [...(audit.plan.leadAuditorId ? [audit.plan.leadAuditorId] : []), ...audit.plan.teamIds];
}

/**
 * Who may act on one audit, beyond the resolver's role check:
 * - `manage` (edit the plan, move it, publish it): a programme manager, or the audit's own lead auditor;
 * - `fieldwork` (checklist results, findings, evidence): the audit's lead auditor or a team member.
 */
export async function mayActOnAudit(
  services: AppServices,
  caller: Caller,
  audit: AuditRecord,
  action: 'manage' | 'fieldwork',
): Promise<boolean> {
  const isLead = audit.plan.leadAuditorId === caller.accountId;
  if (action === 'fieldwork') return auditTeam(audit).includes(caller.accountId);
  if (isLead) return true;
  return hasAccess(await callerRoles(services, caller.accountId), ['programmeManager']);
}

export async function requireAuditAction(
  services: AppServices,
  caller: Caller,
  audit: AuditRecord,
  action: 'manage' | 'fieldwork',
): Promise<void> {
  if (await mayActOnAudit(services, caller, audit, action)) return;
  throw forbidden(
    action === 'manage'
      ? `Only a programme manager or this audit's lead auditor may change "${audit.plan.title}"`
      : `Only the lead auditor and team of "${audit.plan.title}" may record its results`,
  );
}

/** The audit, once the caller may act on it that way (see mayActOnAudit); refused before anything else is read. */
export async function loadAuditFor(
  services: AppServices,
  caller: Caller,
  auditId: string,
  action: 'manage' | 'fieldwork',
): Promise<StoredRecord<AuditRecord>> {
  const stored = await loadAudit(services, auditId);
  await requireAuditAction(services, caller, stored.record, action);
  return stored;
}
