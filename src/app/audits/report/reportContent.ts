import type { AuditReportView } from '../../../contract/reports';
import type { ParsedInput } from '../../../contract/resolvers';
import { invalidInput } from '../../../domain/failure';
import { loadAuditFor } from '../../access/auditAccess';
import { expectVersion } from '../../expectVersion';
import type { AppServices, Caller } from '../../services';
import { generateOrRecordProblem } from './generateReport';
import { loadReport, refuseIfApproved, reportOf, saveReport } from './reportRecords';
import { reportView } from './reportView';

/**
 * The lead auditor's part of the report: the conclusion on the effectiveness of the ISMS and who
 * receives it. Saved in the app (the record of what was concluded), then the page follows; a page
 * that cannot be written leaves the saved conclusion in place and says why on the report.
 */
export async function saveAuditReportContent(
  services: AppServices,
  caller: Caller,
  input: ParsedInput<'saveAuditReportContent'>,
): Promise<AuditReportView> {
  const audit = await loadAuditFor(services, caller, input.auditId, 'manage');
  if (audit.record.state !== 'reporting' && audit.record.state !== 'closed') {
    throw invalidInput(
      'auditId',
      `"${audit.record.plan.title}" is ${audit.record.state}: its report is written once fieldwork ends`,
    );
  }
  const stored = await loadReport(services, audit.id);
  expectVersion(stored, input.expectedVersion, 'The audit report');
  refuseIfApproved(stored?.record, audit.record.plan.title);
  const report = reportOf(audit.id, stored);
  const unchanged =
    report.conclusion === input.conclusion &&
    report.distribution.length === input.distribution.length &&
    report.distribution.every((name, i) => name === input.distribution[i]);
  if (!unchanged) {
    await saveReport(
      services,
      caller.accountId,
      audit.id,
      stored,
      { ...report, conclusion: input.conclusion, distribution: input.distribution },
      'Conclusion and distribution of the audit report',
    );
  }
  await generateOrRecordProblem(services, caller.accountId, audit.id);
  return reportView(services, caller, audit.id);
}
