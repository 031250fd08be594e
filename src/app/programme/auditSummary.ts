import type { AuditSummary } from '../../contract/audits';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import { daysBetween } from '../../domain/calendar/calendarDate';
import { confluencePagePath } from '../../domain/links/siteLinks';
import { isLate } from '../../domain/programme/schedule';
import { baselineOf, isRescheduled } from '../../domain/audits/scheduleBaseline';
import type { AuditReportRecord } from '../../domain/reports/auditReport';
import { recordedIntegrity } from '../../domain/reports/reportIntegrity';
import type { StoredRecord } from '../../ports/recordStore';
import type { AppServices } from '../services';

/** The report as recorded: its page's address is Confluence's standard one, so no call is needed. */
function reportSummary(report: AuditReportRecord): NonNullable<AuditSummary['report']> {
  const { page } = report;
  return {
    integrity: recordedIntegrity(report),
    pageUrl: page ? confluencePagePath(page) : null,
  };
}

/**
 * An audit as lists show it. The caller loads what a list shares (area names, finding counts) once
 * for all its audits; the only port used here is the directory, for the lead auditor's printed name.
 * `today` is the programme's today (see `cycleContext`): an audit is late from the day after its
 * planned end until it reaches reporting, and `daysLate` counts those days.
 */
export async function toAuditSummary(
  services: Pick<AppServices, 'directory'>,
  stored: StoredRecord<AuditRecord>,
  today: string,
  areaNames: ReadonlyMap<string, string>,
  findingsCount: number,
  report: AuditReportRecord | null = null,
): Promise<AuditSummary> {
  const audit = stored.record;
  const { plan } = audit;
  const late = isLate({ state: audit.state, plannedEnd: plan.plannedEnd }, today);
  return {
    id: stored.id,
    version: stored.version,
    title: plan.title,
    state: audit.state,
    areaIds: plan.areaIds,
    // An area removed since the audit was planned still shows, by its id.
    areaNames: plan.areaIds.map((id) => areaNames.get(id) ?? id),
    plannedStart: plan.plannedStart,
    plannedEnd: plan.plannedEnd,
    leadAuditorId: plan.leadAuditorId,
    leadAuditorName: plan.leadAuditorId ? await services.directory.displayName(plan.leadAuditorId) : null,
    late,
    daysLate: late ? daysBetween(plan.plannedEnd, today) : 0,
    findings: findingsCount,
    planPage: audit.planPage,
    origin: audit.origin,
    report: report ? reportSummary(report) : null,
    // Lists say an audit was moved, so they agree with the on-schedule figure counted against the baseline.
    ...(isRescheduled(audit) ? { rescheduledFrom: baselineOf(audit) } : {}),
  };
}
