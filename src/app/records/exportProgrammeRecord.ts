import type { ApprovedReportExport, RecordExport } from '../../contract/records';
import type { SignatureView } from '../../contract/signing';
import type { AuditRecord } from '../../domain/audits/auditPlan';
import type { AuditReportRecord } from '../../domain/reports/auditReport';
import type { EntityName } from '../../ports/entities';
import type { AppServices, Caller } from '../services';
import { signaturesOf } from '../signing/signatures';
import { allTrailEntries, ONE_CALL_ENTRIES, tooLargeForOneCall } from '../trail/trailQueries';
import { verifyAuditTrail } from '../trail/verifyAuditTrail';

/**
 * The record types that make up the programme's record: its frame and people, the SoA, every
 * cycle's programme, the auditor register, and every audit with its findings, evidence,
 * impartiality overrides (so an override shows in the export beside its signature and trail) and
 * report (whose approval carries the approved page content), then the management reviews with
 * their decisions and entered inputs (the minutes' signatures print beside them). New types go at
 * the end: a background export saves its place in this list by index.
 */
export const programmeRecordTypes: EntityName[] = [
  'programmeSettings',
  'userRoles',
  'programmeBootstrap',
  'auditableArea',
  'statementOfApplicability',
  'auditProgramme',
  'auditor',
  'audit',
  'impartialityOverride',
  'finding',
  'evidence',
  'auditReport',
  'managementReview',
  'reviewDecision',
  'reviewInput',
];

/** An approved report as the export shows it: the content approved, who approved it, its signatures. */
export async function approvedReportExport(
  services: AppServices,
  stored: { id: string; content: unknown },
  auditTitle: (auditId: string) => string | undefined,
  signatures: readonly SignatureView[],
): Promise<ApprovedReportExport | null> {
  const report = stored.content as AuditReportRecord;
  const { approval } = report;
  if (!approval) return null;
  return {
    auditId: report.auditId,
    auditTitle: auditTitle(report.auditId) ?? report.auditId,
    pageId: approval.pageId,
    pageVersion: approval.pageVersion,
    contentHash: approval.contentHash,
    content: approval.content,
    approvedBy: approval.approvedBy,
    approvedByName: await services.directory.displayName(approval.approvedBy),
    approvedAt: approval.approvedAt,
    changedAfterApproval: report.changedAfterApproval
      ? { pageVersion: report.changedAfterApproval.pageVersion, detectedAt: report.changedAfterApproval.detectedAt }
      : null,
    signatures: signatures.filter((s) => s.recordType === 'auditReport' && s.recordId === stored.id),
  };
}

/** Each approved report with the content that was approved and its signatures, for a reader of the export. */
async function approvedReports(
  services: AppServices,
  records: RecordExport['records'],
  signatures: readonly SignatureView[],
): Promise<ApprovedReportExport[]> {
  const reports: ApprovedReportExport[] = [];
  const titleOf = (auditId: string) =>
    (records.find((r) => r.type === 'audit' && r.id === auditId)?.content as AuditRecord | undefined)?.plan.title;
  for (const stored of records.filter((r) => r.type === 'auditReport')) {
    const exported = await approvedReportExport(services, stored, titleOf, signatures);
    if (exported) reports.push(exported);
  }
  return reports;
}

/** The title the export gives the programme: its organisation's name once set up. */
export function programmeScopeTitle(settings: { organisationName?: string } | undefined): string {
  return `Audit programme — ${settings?.organisationName ?? 'not yet set up'}`;
}

/**
 * The programme's complete record for an inspector: every record, its signatures, every trail
 * entry about them (and the signatures), and whether the trail verifies (from its last checkpoint). Machine-readable
 * as it is; the UI renders the same object as a readable page. In one call only for a small
 * install (a trail of at most ONE_CALL_ENTRIES); any other exports it as a background job
 * (exportJobs.ts), which writes the same text in parts.
 */
export async function exportProgrammeRecord(services: AppServices, caller: Caller): Promise<RecordExport> {
  const head = await services.trail.headSeq();
  if (head > ONE_CALL_ENTRIES) throw tooLargeForOneCall("The programme's record", `up to ${head}`);
  const records: RecordExport['records'] = [];
  const signatures: SignatureView[] = [];
  for (const type of programmeRecordTypes) {
    for (const stored of await services.store.list(type)) {
      records.push({
        type,
        id: stored.id,
        version: stored.version,
        updatedAt: stored.updatedAt,
        updatedBy: stored.updatedBy,
        content: stored.record,
      });
      signatures.push(...(await signaturesOf(services, { recordType: type, recordId: stored.id })).signatures);
    }
  }
  const trail = [];
  for (const type of [...programmeRecordTypes, 'signature'])
    trail.push(...(await allTrailEntries(services, { entityType: type })));
  trail.sort((a, b) => a.seq - b.seq);
  const settings = records.find((r) => r.type === 'programmeSettings')?.content as
    { organisationName?: string } | undefined;
  return {
    format: 'iso27001-audit-record',
    formatVersion: 1,
    exportedAt: services.clock.now().toISOString(),
    exportedBy: { accountId: caller.accountId, displayName: await services.directory.displayName(caller.accountId) },
    scope: {
      type: 'programme',
      id: 'programme',
      title: programmeScopeTitle(settings),
    },
    records,
    signatures,
    trail,
    // From the last checkpoint, as the trail page checks it: the export no longer re-hashes the
    // whole trail inside one resolver call (the full re-verification is a background job).
    trailVerdict: await verifyAuditTrail(services),
    auditReports: await approvedReports(services, records, signatures),
  };
}
