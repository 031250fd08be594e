import type { FileDownload } from '../../../contract/programme';
import { formatCsv } from '../../../domain/csv/csv';
import { capaEffectivenessReport, type CapaReportRow } from '../../../domain/review/capa/capaEffectivenessReport';
import { selectCapaRows, type CapaQueryName } from '../../../domain/review/capa/capaQueries';
import type { AppServices } from '../../services';
import { loadCapaReportFacts } from '../capa/capaReportFacts';

/** The report's columns, the page's table and the CSV alike. */
export const capaReportColumns = [
  'finding',
  'source',
  'grade',
  'clause or control',
  'area id',
  'raised on',
  'plan due (policy)',
  'nc issue',
  'done in jira',
  'corrective action',
  'state',
  'due (policy)',
  'planned',
  'extended to',
  'extensions',
  'due date',
  'implemented on',
  'check due',
  'verified on',
  'verifier',
  'effective at first check',
  'action closed on',
  'on time',
  'check overdue days',
  'effectiveness challenged by',
  'closed',
  'closed on',
  'closed by',
  'exemption',
] as const;

const yesNo = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');

/** One row as the CSV's cells, in `capaReportColumns` order. */
export function capaReportCells(row: CapaReportRow): string[] {
  return [
    row.findingId,
    row.source,
    row.grade,
    row.itemId,
    row.areaId,
    row.raisedOn,
    row.planDueByPolicy ?? '',
    row.findingIssueKey ?? '',
    yesNo(row.jiraDone),
    row.correctiveActionId ?? '',
    row.actionState ?? '',
    row.policyDueDate ?? '',
    row.plannedDate ?? '',
    row.extendedTo ?? '',
    row.extensions
      .map((e) => `${e.fromDate} -> ${e.toDate}: ${e.reason} (approved by ${e.approverName} on ${e.approvedOn ?? '?'})`)
      .join('; '),
    row.dueDate ?? '',
    row.implementedOn ?? '',
    row.checkDueOn ?? '',
    row.verifiedOn ?? '',
    row.verifierName ?? '',
    yesNo(row.effectiveAtFirstCheck),
    row.actionClosedOn ?? '',
    yesNo(row.onTime),
    row.checkOverdue ? String(row.checkOverdue.daysOverdue) : '',
    row.challengedBy.map((c) => `${c.findingId} (${c.raisedOn})`).join('; '),
    yesNo(row.closure.closed),
    row.closure.closedOn ?? '',
    row.closure.how ?? '',
    row.exemption
      ? `${row.exemption.signed ? 'signed' : 'NOT SIGNED'} by ${row.exemption.byName} on ${row.exemption.on ?? '?'}: ${row.exemption.reason}`
      : '',
  ];
}

/**
 * The CAPA effectiveness report as CSV, whole or one saved query's rows. Not bound to the cycle:
 * an inspector asks about every nonconformity; a period given (both ends) keeps the findings
 * raised in it. The same reads as the page.
 */
export async function capaEffectivenessCsv(
  services: AppServices,
  filter: { from?: string; to?: string; query?: CapaQueryName },
): Promise<FileDownload> {
  const facts = await loadCapaReportFacts(services);
  const { from, to } = filter;
  const rows = selectCapaRows(capaEffectivenessReport(facts), { query: filter.query }).filter(
    (row) => from === undefined || to === undefined || (from <= row.raisedOn && row.raisedOn <= to),
  );
  const named = `capa-effectiveness${filter.query ? `-${filter.query}` : ''}`;
  return {
    fileName: from && to ? `${named}-${from}-to-${to}.csv` : `${named}-${facts.today}.csv`,
    mimeType: 'text/csv',
    content: formatCsv([[...capaReportColumns], ...rows.map(capaReportCells)]),
  };
}
