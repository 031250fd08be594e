import type { AuditRecord } from '../../../domain/audits/auditPlan';
import type { FindingRecord } from '../../../domain/audits/finding';
import type { AuditReportRecord } from '../../../domain/reports/auditReport';
import { reportContentHash } from '../../../domain/reports/reportIntegrity';
import type { StoredRecord } from '../../../ports/recordStore';
import { overridesOf } from '../assignmentChecks';
import type { AppServices } from '../../services';
import { findingRegisterStorage } from './reportMacro';
import { renderReportPage, repeatedFindingLabel, reportContentOf } from './reportPage';

/** The day fieldwork started: when the trail first shows the audit moving from planned to in progress. */
async function fieldworkStarted(services: AppServices, auditId: string): Promise<string | null> {
  const entries = await services.trail.entries({ entityType: 'audit', entityId: auditId, afterSeq: 0, limit: 1000 });
  const start = entries.find((entry) => {
    const before = entry.before as { state?: string } | null;
    const after = entry.after as { state?: string } | null;
    return before?.state === 'planned' && after?.state === 'inProgress';
  });
  return start ? start.at.slice(0, 10) : null;
}

/** The earlier findings the audit's findings repeat, named in words (two reads, only when there are repeats). */
async function repeatedFindingsOf(
  services: AppServices,
  findings: ReadonlyArray<StoredRecord<FindingRecord>>,
): Promise<Map<string, string>> {
  const ids = [...new Set(findings.flatMap((f) => f.record.repeatOf))].sort();
  if (ids.length === 0) return new Map();
  const earlier = await services.store.getMany('finding', ids);
  const auditIds = [...new Set([...earlier.values()].flatMap((f) => (f.record.auditId ? [f.record.auditId] : [])))];
  const audits =
    auditIds.length > 0
      ? await services.store.getMany('audit', auditIds)
      : new Map<string, StoredRecord<AuditRecord>>();
  const labels = new Map<string, string>();
  for (const [id, stored] of earlier) {
    const auditTitle = stored.record.auditId ? (audits.get(stored.record.auditId)?.record.plan.title ?? null) : null;
    labels.set(id, repeatedFindingLabel(stored.record, auditTitle));
  }
  return labels;
}

/** The report page's storage body for the audit as its records stand, and the hash of its content. */
export async function renderReportFor(
  services: AppServices,
  audit: StoredRecord<AuditRecord>,
  report: Pick<AuditReportRecord, 'conclusion' | 'distribution'>,
): Promise<{ storage: string; contentHash: string }> {
  const { plan } = audit.record;
  const areas = await services.store.list('auditableArea');
  const findings = await services.store.listBy('finding', 'auditId', audit.id);
  const evidence = await services.store.listBy('evidence', 'auditId', audit.id);
  const ids = new Set([
    ...(plan.leadAuditorId ? [plan.leadAuditorId] : []),
    ...plan.teamIds,
    ...plan.auditeeIds,
    ...findings.map((f) => f.record.raisedBy),
    ...evidence.map((e) => e.record.collectedBy),
    ...(audit.record.steps?.openingMeeting?.attendeeIds ?? []),
    ...(audit.record.steps?.closingMeeting?.attendeeIds ?? []),
  ]);
  const people = new Map<string, string>();
  for (const id of [...ids].sort()) people.set(id, await services.directory.displayName(id));
  const storage = renderReportPage({
    auditId: audit.id,
    auditVersion: audit.version,
    audit: audit.record,
    conclusion: report.conclusion,
    distribution: report.distribution,
    areaNames: new Map(areas.map((a) => [a.id, a.record.name])),
    people,
    overrides: await overridesOf(services, audit.id, areas),
    fieldworkStarted: await fieldworkStarted(services, audit.id),
    findings: [...findings].sort((a, b) => a.id.localeCompare(b.id)),
    evidence: [...evidence].sort(
      (a, b) => a.record.collectedAt.localeCompare(b.record.collectedAt) || a.id.localeCompare(b.id),
    ),
    findingRegister: findingRegisterStorage(services.appIdentity(), audit.id),
    repeatedFindings: await repeatedFindingsOf(services, findings),
  });
  return { storage, contentHash: reportContentHash(reportContentOf(storage)) };
}
