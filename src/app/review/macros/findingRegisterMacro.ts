import type { FindingRegisterView, MacroView } from '../../../contract/review';
import type { FindingGrade } from '../../../domain/audits/finding';
import { defaultRegisterLimit, findingRegister } from '../../../domain/review/register/findingRegister';
import { link, paragraph, table, type AdfNode } from '../../pages/adf';
import { loadFindingRegisterSource } from '../registers/findingRegisterSource';
import type { MacroDefinition } from '../macroDefinition';

/** Short grade words for narrow table cells. */
export const gradeLabels: Record<FindingGrade, string> = {
  majorNC: 'Major NC',
  minorNC: 'Minor NC',
  observation: 'Observation',
  opportunity: 'OFI',
};

/**
 * The finding register: the period's findings matching the macro's filters, the overdue ones first,
 * with each Jira issue's status as the app last mirrored it (three store reads, no Jira call).
 */
export const findingRegisterMacro: MacroDefinition<'findingRegister'> = {
  async compute(services, config, now) {
    const { source, period } = await loadFindingRegisterSource(services, config, now);
    const { rows, total } = findingRegister(
      source,
      {
        auditId: config.auditId,
        source: config.source,
        areaId: config.areaId,
        grade: config.grade,
        itemId: config.itemId,
        status: config.status ?? 'all',
        overdueOnly: config.overdueOnly,
      },
      config.limit ?? defaultRegisterLimit,
    );
    const view: FindingRegisterView = { macro: 'findingRegister', period, rows, total };
    return view;
  },

  toAdf(view: MacroView): AdfNode[] {
    if (view.macro !== 'findingRegister') return [];
    const { period, rows, total } = view;
    const shown = rows.length < total ? ` (the first ${rows.length} are listed; the CSV export has them all)` : '';
    const summary = paragraph(
      `Findings raised ${period.from} to ${period.to} matching the filters: ${total}${shown}. ` +
        `Overdue: ${rows.filter((row) => row.overdue).length}${shown ? ' of those listed' : ''}.`,
    );
    if (rows.length === 0) return [summary];
    return [
      summary,
      table(
        ['Grade', 'Clause / control', 'Audit', 'Area', 'Raised', 'Jira', 'Status', 'Due', 'Overdue'],
        rows.map((row) => [
          gradeLabels[row.grade],
          `${row.itemId} ${row.itemTitle}`.trim(),
          row.auditTitle,
          row.areaName,
          row.raisedOn,
          row.issueKey && row.issueUrl ? [link(row.issueKey, row.issueUrl)] : '—',
          row.status,
          row.dueDate ?? '—',
          row.overdue ? `${row.daysOverdue} days` : row.open ? 'No' : 'Closed',
        ]),
      ),
    ];
  },
};
