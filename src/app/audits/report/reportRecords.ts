import { hasAccess } from '../../../domain/access/appRole';
import { conflict } from '../../../domain/failure';
import type { AuditRecord } from '../../../domain/audits/auditPlan';
import { emptyAuditReport, type AuditReportRecord } from '../../../domain/reports/auditReport';
import { mayApproveReport } from '../../../domain/reports/reportApproval';
import type { StoredRecord } from '../../../ports/recordStore';
import { callerRoles } from '../../access/callerRoles';
import type { AppServices, Caller } from '../../services';

/** One report per audit, under the audit's id; null before anything was written. */
export const loadReport = (services: AppServices, auditId: string) => services.store.get('auditReport', auditId);

/** The report as stored, or the empty one a first write starts from. */
export const reportOf = (auditId: string, stored: StoredRecord<AuditReportRecord> | null): AuditReportRecord =>
  stored?.record ?? emptyAuditReport(auditId);

/** Writes the report (trailed); `before` is the version read, so a rival write in between is a conflict. */
export async function saveReport(
  services: AppServices,
  actor: string,
  auditId: string,
  before: StoredRecord<AuditReportRecord> | null,
  after: AuditReportRecord,
  reason: string,
): Promise<StoredRecord<AuditReportRecord>> {
  const saved = await services.store.apply({
    entity: 'auditReport',
    id: auditId,
    before,
    after,
    actor,
    at: services.clock.now(),
    reason,
  });
  if (!saved) throw new Error('saveReport: the store returned no record for a write');
  return saved;
}

/** An approved report is frozen: nothing the app writes may change its page or content again. */
export function refuseIfApproved(report: AuditReportRecord | undefined, auditTitle: string): void {
  if (report?.approval) {
    throw conflict(
      `The report of "${auditTitle}" was approved on ${report.approval.approvedAt.slice(0, 10)} and is frozen`,
      'auditId',
    );
  }
}

/** Whether the caller is the one who approves this audit's report (see mayApproveReport). */
export async function isReportApprover(services: AppServices, caller: Caller, audit: AuditRecord): Promise<boolean> {
  return mayApproveReport({
    leadAuditorId: audit.plan.leadAuditorId,
    callerId: caller.accountId,
    callerIsProgrammeManager: hasAccess(await callerRoles(services, caller.accountId), ['programmeManager']),
  });
}
