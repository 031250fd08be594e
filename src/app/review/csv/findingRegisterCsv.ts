import type { FileDownload } from '../../../contract/programme';
import { formatCsv } from '../../../domain/csv/csv';
import { findingRegister } from '../../../domain/review/register/findingRegister';
import type { AppServices } from '../../services';
import { loadFindingRegisterSource } from '../registers/findingRegisterSource';

const columns = [
  'finding',
  'grade',
  'clause or control',
  'title',
  'audit id',
  'audit',
  'source',
  'source reference',
  'area id',
  'area',
  'raised on',
  'status',
  'open',
  'jira key',
  'due date',
  'overdue',
  'days overdue',
];

const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * The whole finding register of a period as CSV — every finding raised in it, no filter and no
 * limit, in the register's order (overdue first, then by grade, then oldest). The period asked for
 * (both ends), or none: the programme's current cycle. Same three store reads as the macro.
 */
export async function findingRegisterCsv(
  services: AppServices,
  period: { from?: string; to?: string },
): Promise<FileDownload> {
  const { source, period: covered } = await loadFindingRegisterSource(services, period, services.clock.now());
  const { rows } = findingRegister(source);
  return {
    fileName: `finding-register-${covered.from}-to-${covered.to}.csv`,
    mimeType: 'text/csv',
    content: formatCsv([
      columns,
      ...rows.map((row) => [
        row.findingId,
        row.grade,
        row.itemId,
        row.itemTitle,
        row.auditId ?? '',
        row.auditTitle,
        row.source,
        // An internal audit's reference is the audit, in the two columns before.
        row.source === 'internalAudit' ? '' : row.sourceTitle,
        row.areaId,
        row.areaName,
        row.raisedOn,
        row.status,
        yesNo(row.open),
        row.issueKey ?? '',
        row.dueDate ?? '',
        yesNo(row.overdue),
        String(row.daysOverdue),
      ]),
    ]),
  };
}
