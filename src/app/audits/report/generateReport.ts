import type { AuditReportView } from '../../../contract/reports';
import type { ParsedInput } from '../../../contract/resolvers';
import { conflict, Failure, invalidInput } from '../../../domain/failure';
import type { AuditRecord, PublishedPage } from '../../../domain/audits/auditPlan';
import type { AuditReportRecord } from '../../../domain/reports/auditReport';
import type { StoredRecord } from '../../../ports/recordStore';
import { loadAudit, loadAuditFor } from '../../access/auditAccess';
import { ismsSpaceOf, writeAppPage, type PageKind } from '../../pages/appPage';
import type { AppServices, Caller } from '../../services';
import { loadReport, refuseIfApproved, reportOf, saveReport } from './reportRecords';
import { renderReportFor } from './reportRender';
import { reportContentOf, reportPageTitle } from './reportPage';
import { reportView } from './reportView';

/** The report page: compared without its provenance line; an edit in Confluence is only overwritten on request. */
const reportPageKind: PageKind = {
  contentOf: reportContentOf,
  edited: (title, ours, theirs) =>
    conflict(
      `Someone edited the report page "${title}" in Confluence after the app wrote version ${ours} (it is at version ${theirs} now). ` +
        "Generating would overwrite their changes: bring them into the audit's records or the conclusion, or generate again choosing to replace the edited page.",
      'replaceEditedPage',
    ),
  message: 'Generated from the ISO 27001 audit app',
};

/** A report is written once fieldwork has ended. */
function requireReportingState(audit: AuditRecord): void {
  if (audit.state !== 'reporting' && audit.state !== 'closed') {
    throw invalidInput('auditId', `"${audit.plan.title}" is ${audit.state}: its report is written once fieldwork ends`);
  }
}

/**
 * Writes (or brings up to date) the audit's report page in the programme's ISMS space and records
 * it on the report. Never touches an approved report; a page edited in Confluence since the app
 * wrote it is only replaced when the caller says so.
 */
export async function writeReportPage(
  services: AppServices,
  actor: string,
  audit: StoredRecord<AuditRecord>,
  replaceEditedPage: boolean,
): Promise<StoredRecord<AuditReportRecord>> {
  const stored = await loadReport(services, audit.id);
  refuseIfApproved(stored?.record, audit.record.plan.title);
  const report = reportOf(audit.id, stored);
  const space = await ismsSpaceOf(services, audit.record.programmeId, 'auditId', actor);
  const { storage, contentHash } = await renderReportFor(services, audit, report);
  // A page written to another space before (the programme's space changed) is left there.
  const previous = report.page?.spaceKey === space.key ? report.page : null;
  const title = reportPageTitle(audit.record.plan);
  const { page } = await writeAppPage(services.confluence.asApp(), reportPageKind, previous, {
    space,
    title,
    storage,
    replaceEditedPage,
  });
  const samePage = (saved: PublishedPage | null) =>
    saved?.pageId === page.id && saved.version === page.version && saved.title === page.title;
  if (
    stored &&
    samePage(report.page) &&
    report.generatedFromAuditVersion === audit.version &&
    report.generatedContentHash === contentHash &&
    report.generationProblem === null
  ) {
    return stored;
  }
  // Read again: only the page reference changes here, and a conclusion saved meanwhile must not be lost.
  const latest = await loadReport(services, audit.id);
  refuseIfApproved(latest?.record, audit.record.plan.title);
  const publishedAt =
    samePage(report.page) && report.page ? report.page.publishedAt : services.clock.now().toISOString();
  return saveReport(
    services,
    actor,
    audit.id,
    latest,
    {
      ...reportOf(audit.id, latest),
      page: { pageId: page.id, spaceKey: space.key, version: page.version, title: page.title, publishedAt },
      generatedFromAuditVersion: audit.version,
      generatedContentHash: contentHash,
      generationProblem: null,
    },
    `Report page ${page.id} version ${page.version} generated from audit version ${audit.version}`,
  );
}

/** generateAuditReport: the programme manager or the audit's lead auditor writes the report page now. */
export async function generateAuditReport(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'generateAuditReport'>,
): Promise<AuditReportView> {
  const audit = await loadAuditFor(services, caller, input.auditId, 'manage');
  requireReportingState(audit.record);
  await writeReportPage(services, caller.accountId, audit, input.replaceEditedPage);
  return reportView(services, caller, audit.id);
}

/**
 * Generates the page after something else already happened and stands whatever Confluence does (the
 * audit reached reporting, the conclusion was saved): a failure is logged and recorded on the report
 * (the report section shows it), and the lead generates again from there.
 */
export async function generateOrRecordProblem(services: AppServices, actor: string, auditId: string): Promise<void> {
  try {
    const audit = await loadAudit(services, auditId);
    await writeReportPage(services, actor, audit, false);
  } catch (error) {
    const message = error instanceof Failure ? error.message : 'The report page could not be written';
    console.warn(`generateOrRecordProblem: the report page of ${auditId} was not generated: ${message}`);
    try {
      const stored = await loadReport(services, auditId);
      if (stored?.record.approval) return;
      await saveReport(
        services,
        actor,
        auditId,
        stored,
        { ...reportOf(auditId, stored), generationProblem: { message, at: services.clock.now().toISOString() } },
        'The report page could not be generated automatically',
      );
    } catch (recordError) {
      console.warn(`generateOrRecordProblem: the problem of ${auditId} was not recorded: ${String(recordError)}`);
    }
  }
}

/** The hook of moveAudit: an audit that reaches reporting gets its report page at once. */
export const generateReportOnReporting = generateOrRecordProblem;
